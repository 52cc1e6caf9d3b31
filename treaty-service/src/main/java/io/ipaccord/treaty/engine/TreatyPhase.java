package io.ipaccord.treaty.engine;

/** A treaty's status as of a date. Termination is not modelled: no WIPO treaty on record has terminated. */
public enum TreatyPhase {
    /** Adopted but not in force as of the date (its entry-into-force date may already be determined). */
    NOT_YET_IN_FORCE,
    IN_FORCE
}
