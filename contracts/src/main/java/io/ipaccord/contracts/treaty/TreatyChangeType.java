package io.ipaccord.contracts.treaty;

import java.util.Optional;

import io.ipaccord.contracts.ChangeType;

/** CloudEvents {@code type} values published on {@link io.ipaccord.contracts.Topics#TREATIES}; the data is {@link TreatyData}. */
public enum TreatyChangeType implements ChangeType {
    REGISTERED("io.ipaccord.treaty.registered.v1"),
    /** The facts changed, or the computed status, entry into force or party count as of publication did. */
    UPDATED("io.ipaccord.treaty.updated.v1");

    private final String ceType;

    TreatyChangeType(String ceType) {
        this.ceType = ceType;
    }

    @Override
    public String ceType() {
        return ceType;
    }

    @Override
    public Class<TreatyData> dataType() {
        return TreatyData.class;
    }

    public static Optional<TreatyChangeType> fromCeType(String ceType) {
        return ChangeType.fromCeType(TreatyChangeType.class, ceType);
    }
}
