package io.ipaccord.contracts.treaty;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a state deposits or notifies in respect of a treaty (or one of its Acts), with the rules every user of the
 * type shares: which types make a contracting party, which count towards an entry into force.
 */
public enum InstrumentType {
    /** Signature subject to ratification: makes a signatory, never a party. */
    SIGNATURE,
    /** Signature without reservation as to ratification (e.g. WIPO Convention Art.14(1)(i)). */
    SIGNATURE_WITHOUT_RESERVATION,
    RATIFICATION,
    ACCESSION,
    ACCEPTANCE,
    APPROVAL,
    /** Succession by a new state: effective from the date of succession it names, not counted for the initial entry into force. */
    SUCCESSION,
    /** Declaration of continued application (same effect as a succession). */
    CONTINUED_APPLICATION,
    DENUNCIATION,
    /** Declaration, reservation, notification of territorial application: recorded, no effect on status. */
    DECLARATION,
    /**
     * The depositary records the party, and the date it is bound from, but not its instrument (the tables' "unknown":
     * e.g. Ireland under the WIPO Convention). Makes a party, never counts towards entry into force; it has no deposit
     * date, and its date is the recorded one (the engine computes none).
     */
    UNKNOWN;

    /** The usual consent-to-be-bound instruments of WIPO final clauses: what a rule counts unless it says otherwise. */
    public boolean qualifiesUsually() {
        return this == RATIFICATION || this == ACCESSION || this == ACCEPTANCE || this == APPROVAL;
    }

    /** Whether a rule may count it towards entry into force at all (a bare signature, a succession... never). */
    public boolean mayQualify() {
        return qualifiesUsually() || this == SIGNATURE_WITHOUT_RESERVATION;
    }

    /** Makes the state a contracting party: a state holds at most one such instrument per treaty and Act until it denounces. */
    public boolean binds() {
        return mayQualify() || isSuccession() || this == UNKNOWN;
    }

    public boolean isSuccession() {
        return this == SUCCESSION || this == CONTINUED_APPLICATION;
    }

    public boolean isSignature() {
        return this == SIGNATURE || this == SIGNATURE_WITHOUT_RESERVATION;
    }

    /** The types of {@link #qualifiesUsually()}, in declaration order. */
    public static Set<InstrumentType> usuallyQualifying() {
        EnumSet<InstrumentType> usual = EnumSet.noneOf(InstrumentType.class);
        for (InstrumentType t : values()) {
            if (t.qualifiesUsually()) {
                usual.add(t);
            }
        }
        return usual;
    }

    /** Parses "ratification", "continued application", "SIGNATURE_WITHOUT_RESERVATION"... */
    public static InstrumentType parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }
}
