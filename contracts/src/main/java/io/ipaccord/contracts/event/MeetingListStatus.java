package io.ipaccord.contracts.event;

/**
 * How far a meeting's list of represented member states can be trusted, computed from the names listed and the count
 * the report prints after the list.
 */
public enum MeetingListStatus {
    /** The names listed equal the printed count (counting the organisations that are contracting parties where the printed count includes them). */
    COMPLETE,
    /** The source shows only part of the list (no count printed, the notes say the list is cut). */
    CUT,
    /** The names listed disagree with the printed count; both are kept as they are. */
    CONFLICT,
    /** Names are listed but no count is printed and nothing says the list is cut. */
    UNCOUNTED,
    /** The source gives no list of participants. */
    NO_LIST
}
