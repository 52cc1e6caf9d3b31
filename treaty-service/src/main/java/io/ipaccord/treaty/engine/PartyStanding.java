package io.ipaccord.treaty.engine;

/** A state's standing towards a treaty as of a date. */
public enum PartyStanding {
    SIGNATORY,
    /** Has deposited a binding instrument, but the treaty is not yet in force for it. */
    CONTRACTING_NOT_YET_BOUND,
    BOUND,
    DENOUNCED
}
