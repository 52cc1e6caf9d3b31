package io.ipaccord.contracts.memberstate;

import java.util.Arrays;
import java.util.Optional;

/** CloudEvents {@code type} values published on {@link io.ipaccord.contracts.Topics#MEMBER_STATES}. */
public enum MemberStateEventType {
    REGISTERED("io.ipaccord.member-state.registered.v1"),
    UPDATED("io.ipaccord.member-state.updated.v1"),
    /** Carries the last state; a tombstone (null value, same key) follows so compaction forgets the state. */
    REMOVED("io.ipaccord.member-state.removed.v1");

    private final String ceType;

    MemberStateEventType(String ceType) {
        this.ceType = ceType;
    }

    public String ceType() {
        return ceType;
    }

    public static Optional<MemberStateEventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }
}
