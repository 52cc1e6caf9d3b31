package io.ipaccord.contracts.event;

/** What kind of event it is. */
public enum EventType {
    OFFICIAL_VISIT,
    FORUM,
    ROUNDTABLE,
    CONFERENCE,
    HIGH_LEVEL_CONFERENCE,
    DIPLOMATIC_CONFERENCE,
    /** An anniversary or a celebration. */
    ANNIVERSARY_CEREMONY,
    /** The deposit of an instrument (ratification, accession...) with a ceremony. */
    DEPOSIT_CEREMONY,
    OFFICE_OPENING,
    /** A session of the Assemblies of the Member States or of a committee. */
    ASSEMBLY_SESSION,
    /** A treaty's milestone marked as an event, e.g. the celebration of its entry into force. */
    TREATY_MILESTONE
}
