package io.ipaccord.contracts.treaty;

/** A treaty's (or Act's) status as of a date. Termination is not modelled: no WIPO treaty on record has terminated. */
public enum TreatyStatus {
    /** The date lies before the treaty's adoption. */
    NOT_YET_ADOPTED,
    /** Adopted; the instruments on record do not yet determine an entry into force. */
    ADOPTED,
    /** The entry into force is determined (see {@code entryIntoForce.date}) but not yet reached. */
    NOT_YET_IN_FORCE,
    IN_FORCE
}
