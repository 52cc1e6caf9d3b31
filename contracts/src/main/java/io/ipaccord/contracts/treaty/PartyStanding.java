package io.ipaccord.contracts.treaty;

/** A state's standing in a treaty (or Act) as of a date, as the entry-into-force engine derives it. */
public enum PartyStanding {
    /** Signed, no instrument that makes it a party (yet). */
    SIGNATORY,
    /** Deposited an instrument that makes it a party, not bound yet (bound from a date once that is determined). */
    CONTRACTING_NOT_YET_BOUND,
    /** Bound since a date. */
    BOUND,
    /** Denounced, with effect from a date. */
    DENOUNCED
}
