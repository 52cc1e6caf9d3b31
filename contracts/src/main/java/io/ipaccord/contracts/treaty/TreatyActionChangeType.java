package io.ipaccord.contracts.treaty;

import java.util.Optional;

import io.ipaccord.contracts.ChangeType;

/**
 * CloudEvents {@code type} values published on {@link io.ipaccord.contracts.Topics#TREATY_ACTIONS}, each with
 * the record its data reads into. An instrument event is followed, in the same order, by the determinations
 * it brings.
 */
public enum TreatyActionChangeType implements ChangeType {
    INSTRUMENT_DEPOSITED("io.ipaccord.instrument.deposited.v1", InstrumentData.class),
    INSTRUMENT_CORRECTED("io.ipaccord.instrument.corrected.v1", InstrumentData.class),
    /** The instrument was recorded in error; it is kept, flagged withdrawn, and no longer counts. */
    INSTRUMENT_WITHDRAWN("io.ipaccord.instrument.withdrawn.v1", InstrumentData.class),
    /** The treaty (or Act) enters into force on a date for its first parties. */
    TREATY_ENTRY_INTO_FORCE_DETERMINED("io.ipaccord.treaty.entry-into-force-determined.v1", TreatyEntryIntoForceData.class),
    /** A state is bound by the treaty (or Act) from a date. */
    PARTY_ENTRY_INTO_FORCE_DETERMINED("io.ipaccord.party.entry-into-force-determined.v1", PartyEntryIntoForceData.class);

    private final String ceType;
    private final Class<? extends Record> dataType;

    TreatyActionChangeType(String ceType, Class<? extends Record> dataType) {
        this.ceType = ceType;
        this.dataType = dataType;
    }

    @Override
    public String ceType() {
        return ceType;
    }

    @Override
    public Class<? extends Record> dataType() {
        return dataType;
    }

    public static Optional<TreatyActionChangeType> fromCeType(String ceType) {
        return ChangeType.fromCeType(TreatyActionChangeType.class, ceType);
    }
}
