package io.ipaccord.contracts.memberstate;

import java.util.Optional;

import io.ipaccord.contracts.ChangeType;

/** CloudEvents {@code type} values published on {@link io.ipaccord.contracts.Topics#MEMBER_STATES}. */
public enum MemberStateEventType implements ChangeType {
    REGISTERED("io.ipaccord.member-state.registered.v1"),
    UPDATED("io.ipaccord.member-state.updated.v1"),
    /** Carries the last state; a tombstone (null value, same key) follows so compaction forgets the state. */
    REMOVED("io.ipaccord.member-state.removed.v1");

    private final String ceType;

    MemberStateEventType(String ceType) {
        this.ceType = ceType;
    }

    @Override
    public String ceType() {
        return ceType;
    }

    @Override
    public Class<MemberStateData> dataType() {
        return MemberStateData.class;
    }

    public static Optional<MemberStateEventType> fromCeType(String ceType) {
        return ChangeType.fromCeType(MemberStateEventType.class, ceType);
    }
}
