package io.ipaccord.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.contracts.organisation.OrganisationEventType;
import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.TreatyChangeType;
import io.ipaccord.contracts.treaty.TreatyData;

class ChangeTypeTest {

    @Test
    void eachTopicsTypesAreFoundByTheirCeTypeAndNothingElse() {
        Stream.of(EventChangeType.values()).forEach(t -> assertThat(EventChangeType.fromCeType(t.ceType())).contains(t));
        Stream.of(MemberStateEventType.values()).forEach(t -> assertThat(MemberStateEventType.fromCeType(t.ceType())).contains(t));
        Stream.of(OrganisationEventType.values()).forEach(t -> assertThat(OrganisationEventType.fromCeType(t.ceType())).contains(t));
        Stream.of(TreatyChangeType.values()).forEach(t -> assertThat(TreatyChangeType.fromCeType(t.ceType())).contains(t));
        Stream.of(TreatyActionChangeType.values()).forEach(t -> assertThat(TreatyActionChangeType.fromCeType(t.ceType())).contains(t));
        assertThat(TreatyChangeType.fromCeType(EventChangeType.UPDATED.ceType())).isEmpty();
        assertThat(OrganisationEventType.fromCeType(MemberStateEventType.REGISTERED.ceType())).isEmpty();
        assertThat(ChangeType.fromCeType(TreatyActionChangeType.class, "io.ipaccord.instrument.lost.v1")).isEmpty();
    }

    @Test
    void eachTypeNamesTheRecordItsDataReadsInto() {
        assertThat(EventChangeType.REMOVED.dataType()).isEqualTo(EventData.class);
        assertThat(MemberStateEventType.REGISTERED.dataType()).isEqualTo(MemberStateData.class);
        assertThat(OrganisationEventType.UPDATED.dataType()).isEqualTo(OrganisationData.class);
        assertThat(TreatyChangeType.UPDATED.dataType()).isEqualTo(TreatyData.class);
        assertThat(List.of(TreatyActionChangeType.values())).filteredOn(t -> t.ceType().startsWith("io.ipaccord.instrument."))
                .allMatch(t -> t.dataType() == InstrumentData.class).hasSize(3);
    }
}
