package io.ipaccord.treaty.engine;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

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
    /** Succession by a new state: effective from the date of succession it names, not counted for the initial entry into force. */
    SUCCESSION,
    /** Declaration of continued application (same effect as succession here). */
    CONTINUED_APPLICATION,
    DENUNCIATION,
    /** Declaration, reservation, notification of territorial application: recorded, no effect on status. */
    DECLARATION;

    /** The usual consent-to-be-bound instruments of WIPO final clauses. */
    public static final Set<InstrumentType> USUAL_QUALIFYING = Set.copyOf(EnumSet.of(RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL));

    /** Instruments that can never count towards entry into force. */
    public static final Set<InstrumentType> NEVER_QUALIFYING =
            Set.copyOf(EnumSet.of(SIGNATURE, DENUNCIATION, DECLARATION, SUCCESSION, CONTINUED_APPLICATION));

    public boolean isSuccession() {
        return this == SUCCESSION || this == CONTINUED_APPLICATION;
    }

    public boolean isSignature() {
        return this == SIGNATURE || this == SIGNATURE_WITHOUT_RESERVATION;
    }

    /** Parses "ratification", "continued application", "SIGNATURE_WITHOUT_RESERVATION"... */
    public static InstrumentType parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }
}
