package io.ipaccord.contracts.treaty;

/** What a state deposits or notifies in respect of a treaty (or one of its Acts). */
public enum InstrumentType {
    /** Signature subject to ratification: makes a signatory, never a party. */
    SIGNATURE,
    /** Signature without reservation as to ratification (e.g. WIPO Convention Art.14(1)(i)). */
    SIGNATURE_WITHOUT_RESERVATION,
    RATIFICATION,
    ACCESSION,
    ACCEPTANCE,
    APPROVAL,
    /** Succession by a new state, effective from the date of succession it names. */
    SUCCESSION,
    /** Declaration of continued application (same effect as a succession). */
    CONTINUED_APPLICATION,
    DENUNCIATION,
    /** Declaration, reservation, notification of territorial application: recorded, no effect on status. */
    DECLARATION
}
