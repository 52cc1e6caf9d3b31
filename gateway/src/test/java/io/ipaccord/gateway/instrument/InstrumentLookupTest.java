package io.ipaccord.gateway.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.treaty.InstrumentData;

class InstrumentLookupTest {

    private static final List<InstrumentData> ALL = List.of(
            data(1, "BEIJING", "CN"), data(2, "BEIJING", "JP"), data(3, "PCT", "CN"), data(4, "PARIS", "CN"));

    private final List<String> calls = new ArrayList<>();

    private List<InstrumentData> list(String treaty, String state) {
        calls.add(treaty != null ? "treaty=" + treaty : "state=" + state);
        return ALL.stream()
                .filter(i -> treaty == null || i.treaty().equals(treaty))
                .filter(i -> state == null || i.state().equals(state))
                .toList();
    }

    @Test
    void oneStatesInstrumentsInOneCallByState() {
        List<Instrument> found = InstrumentLookup.byRefs(Arrays.asList(new InstrumentLookup.Ref(3, "PCT", "CN"), null,
                new InstrumentLookup.Ref(1, "BEIJING", "CN"), new InstrumentLookup.Ref(4, "PARIS", "CN")), this::list);

        assertThat(found).extracting(i -> i == null ? null : i.id()).containsExactly("3", null, "1", "4");
        assertThat(calls).containsExactly("state=CN");
    }

    @Test
    void oneTreatysInstrumentsInOneCallByTreaty() {
        List<Instrument> found = InstrumentLookup.byRefs(List.of(new InstrumentLookup.Ref(1, "BEIJING", "CN"),
                new InstrumentLookup.Ref(2, "BEIJING", "JP"), new InstrumentLookup.Ref(99, "BEIJING", "FR")), this::list);

        assertThat(found).extracting(i -> i == null ? null : i.id()).containsExactly("1", "2", null);
        assertThat(calls).containsExactly("treaty=BEIJING");
    }

    @Test
    void withoutStatesByTreaty() {
        InstrumentLookup.byRefs(List.of(new InstrumentLookup.Ref(1, "BEIJING", null),
                new InstrumentLookup.Ref(3, "PCT", null)), this::list);

        assertThat(calls).containsExactly("treaty=BEIJING", "treaty=PCT");
    }

    @Test
    void treatiesInstrumentsOnceEach() {
        List<List<Instrument>> lists = InstrumentLookup.ofTreaties(List.of("BEIJING", "PCT", "BEIJING"), this::list);

        assertThat(lists).extracting(List::size).containsExactly(2, 1, 2);
        assertThat(calls).containsExactly("treaty=BEIJING", "treaty=PCT");
    }

    static InstrumentData data(long id, String treaty, String state) {
        return new InstrumentData(id, treaty, null, state, "RATIFICATION", LocalDate.of(2014, 7, 9), null, null, null,
                null, List.of(), List.of(), "yes", null, false, 0, null, null);
    }
}
