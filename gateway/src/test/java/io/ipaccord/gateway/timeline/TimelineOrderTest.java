package io.ipaccord.gateway.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.gateway.memberstate.MemberState;
import io.ipaccord.gateway.memberstate.Verification;

class TimelineOrderTest {

    @Test
    void instrumentTypesAndTreatiesReadAsWords() {
        assertThat(Timeline.words(InstrumentType.SIGNATURE_WITHOUT_RESERVATION)).isEqualTo("Signature without reservation");
        assertThat(Timeline.words(InstrumentType.RATIFICATION)).isEqualTo("Ratification");
        // unknown to treaty-service (any more): the codes stand in for the names
        assertThat(Timeline.treatyName("BERNE", "PARIS_1971", Map.of())).isEqualTo("BERNE, PARIS_1971");
        assertThat(Timeline.stateName("XQ", Map.of())).isEqualTo("XQ");
    }

    @Test
    void oneDayListsMembershipBeforeInstrumentsBeforeEntriesIntoForceBeforeEvents() {
        MemberState china = new MemberState("CN", "CHN", "156", "China", LocalDate.of(2020, 4, 28), List.of(),
                Verification.YES, List.of(), 0);
        TimelineEntry membership = new MembershipEntry(china);
        TimelineEntry bound = new PartyEntry(LocalDate.of(2020, 4, 28), TimelineKind.PARTY_BOUND, "B in force", null);
        TimelineEntry earlier = new PartyEntry(LocalDate.of(2019, 1, 1), TimelineKind.PARTY_BOUND, "Z in force", null);

        assertThat(List.of(bound, membership, earlier).stream().sorted(TimelineEntry.ORDER).toList())
                .containsExactly(earlier, membership, bound);
    }
}
