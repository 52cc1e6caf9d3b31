package io.ipaccord.gateway.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.gateway.error.UnavailableException;
import io.ipaccord.gateway.graphql.BackendPage;
import io.ipaccord.gateway.graphql.BatchLookup;

class EventLookupTest {

    @Test
    void listsAreAlignedWithTheKeysAskedOnceEmptyWhereTheBackendHasNothing() {
        List<List<String>> calls = new ArrayList<>();
        List<List<Event>> events = EventLookup.lists(Arrays.asList("CN", "FR", "CN", null, "XQ"), keys -> {
            calls.add(keys);
            return Map.of("CN", List.of(data("EV-1"), data("EV-2")), "FR", List.of());
        });

        assertThat(calls).containsExactly(List.of("CN", "FR", "XQ"));
        assertThat(events).hasSize(5);
        assertThat(events.get(0)).extracting(Event::id).containsExactly("EV-1", "EV-2");
        assertThat(events.get(1)).isEmpty();
        assertThat(events.get(2)).extracting(Event::id).containsExactly("EV-1", "EV-2");
        assertThat(events.get(3)).isEmpty();
        assertThat(events.get(4)).isEmpty();
    }

    @Test
    void flatLookupAsksEveryCodeOnceAndSplitsTheAnswersBackPerKey() {
        List<List<String>> calls = new ArrayList<>();
        List<List<String>> names = BatchLookup.flatLookup(List.of(List.of("CN"), List.of("FR", "CN"), List.of()),
                codes -> {
                    calls.add(codes);
                    Map<String, String> known = new HashMap<>(Map.of("CN", "China"));
                    return codes.stream().map(known::get).toList();
                });

        assertThat(calls).containsExactly(List.of("CN", "FR"));
        assertThat(names).containsExactly(List.of("China"), Arrays.asList(null, "China"), List.of());
    }

    @Test
    void everyPageOfAListingIsReadHoweverManyThereAre() {
        // 12,500 events: past the 20 pages of 500 a timeline once stopped at without a word
        int total = 12_500;
        List<String> afters = new ArrayList<>();
        List<Event> events = EventLookup.all(after -> {
            afters.add(after);
            int from = after == null ? 0 : Integer.parseInt(after);
            int to = Math.min(total, from + 500);
            return new BackendPage<>(IntStream.range(from, to).mapToObj(i -> data("EV-" + i)).toList(), total,
                    new BackendPage.PageInfo(String.valueOf(to), to < total));
        });

        assertThat(events).hasSize(total);
        assertThat(events.get(total - 1).id()).isEqualTo("EV-12499");
        assertThat(afters).hasSize(25).startsWith((String) null).endsWith("12000");
    }

    @Test
    void aListingThatPagesPastItsOwnTotalFailsRatherThanLoopOrTruncate() {
        AtomicInteger pages = new AtomicInteger();
        assertThatThrownBy(() -> EventLookup.all(after -> new BackendPage<>(List.of(data("EV-" + pages.get())), 1000,
                new BackendPage.PageInfo("p" + pages.incrementAndGet(), true))))
                .isInstanceOfSatisfying(UnavailableException.class,
                        e -> assertThat(e.service()).isEqualTo("event-service"))
                .hasMessage("event-service kept listing events past the 1000 it counts");
        assertThat(pages).hasValue(4);
    }

    private static EventData data(String id) {
        return new EventData(id, "FORUM", "Forum " + id, null, LocalDate.of(2024, 9, 9), null, null, null, "CN", null,
                "HELD", null, null, null, null, null, null, null, null, null, "yes", null, 0, null, null);
    }
}
