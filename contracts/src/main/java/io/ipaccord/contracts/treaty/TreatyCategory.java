package io.ipaccord.contracts.treaty;

/** WIPO's grouping of the treaties it administers, plus the WIPO Convention and the others. */
public enum TreatyCategory {
    IP_PROTECTION,
    GLOBAL_PROTECTION_SYSTEM,
    CLASSIFICATION,
    /** The WIPO Convention, WIPO's constituent instrument. */
    CONSTITUENT,
    /** Not among WIPO's three groups (e.g. the Film Register Treaty). */
    OTHER
}
