package io.ipaccord.contracts.memberstate;

/** The capacity in which a member state sits on a WIPO body. */
public enum SeatRole {
    MEMBER,
    CHAIR,
    VICE_CHAIR,
    OBSERVER
}
