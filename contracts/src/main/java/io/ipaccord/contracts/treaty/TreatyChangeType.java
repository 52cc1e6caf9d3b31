package io.ipaccord.contracts.treaty;

import java.util.Arrays;
import java.util.Optional;

/** CloudEvents {@code type} values published on {@link io.ipaccord.contracts.Topics#TREATIES}; the data is {@link TreatyData}. */
public enum TreatyChangeType {
    REGISTERED("io.ipaccord.treaty.registered.v1"),
    /** The facts changed, or the computed status, entry into force or party count as of publication did. */
    UPDATED("io.ipaccord.treaty.updated.v1");

    private final String ceType;

    TreatyChangeType(String ceType) {
        this.ceType = ceType;
    }

    public String ceType() {
        return ceType;
    }

    public static Optional<TreatyChangeType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }
}
