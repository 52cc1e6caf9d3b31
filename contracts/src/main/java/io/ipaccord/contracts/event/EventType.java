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
    /** A session (a series of meetings) of the Assemblies of the Member States of WIPO, or of one of its assemblies. */
    ASSEMBLY_SESSION,
    /** A treaty's milestone marked as an event, e.g. the celebration of its entry into force. */
    TREATY_MILESTONE,
    /** A session of a WIPO standing or permanent committee (SCCR, SCP, SCT, CDIP, IGC, CWS, ACE, PBC...). */
    COMMITTEE_SESSION,
    /** A session of a WIPO working group (the Madrid and Hague legal-development groups, PCT/WG...). */
    WORKING_GROUP,
    /** Any other WIPO meeting: a preparatory committee, a consultation meeting. */
    OTHER_MEETING
}
