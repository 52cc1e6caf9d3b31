package io.ipaccord.gateway.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.event.EventData;
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

    private static EventData data(String id) {
        return new EventData(id, "FORUM", "Forum " + id, null, LocalDate.of(2024, 9, 9), null, null, null, "CN", null,
                "HELD", null, null, null, null, null, null, null, null, null, "yes", null, 0, null);
    }
}
