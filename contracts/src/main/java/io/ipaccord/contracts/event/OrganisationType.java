package io.ipaccord.contracts.event;

/** What kind of organisation a participant is. */
public enum OrganisationType {
    ASSOCIATION,
    MEDIA,
    GOVERNMENT_BODY,
    /** Intergovernmental organisation, e.g. WIPO. */
    IGO,
    NGO,
    COMPANY,
    UNIVERSITY,
    /** Collective management organisation, e.g. the Music Copyright Society of China. */
    CMO
}
