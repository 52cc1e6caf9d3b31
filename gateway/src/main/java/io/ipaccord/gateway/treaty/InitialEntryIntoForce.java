package io.ipaccord.gateway.treaty;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.treaty.TreatyData;

/** {@code triggeringInstrument} is resolved, batched, in the instrument package. */
@Type("InitialEntryIntoForce")
@Description("When a treaty (or Act) enters into force for its first parties.")
public record InitialEntryIntoForce(
        @NonNull LocalDate date,
        @Description("Computed from the instruments on record; false: the depositary's recorded date.") boolean derived,
        @Ignore String treaty,
        @Ignore Long triggeringInstrumentId) {

    static InitialEntryIntoForce from(String treaty, TreatyData.EntryIntoForce entryIntoForce) {
        return entryIntoForce == null ? null
                : new InitialEntryIntoForce(entryIntoForce.date(), entryIntoForce.derived(), treaty,
                        entryIntoForce.triggeringInstrumentId());
    }
}
