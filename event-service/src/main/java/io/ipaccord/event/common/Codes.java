package io.ipaccord.event.common;

import io.ipaccord.contracts.Identifiers;

/** Identifier formats of event-service's own things; states, treaties and events: {@link Identifiers}. */
public final class Codes {

    public static final String SERIES = Identifiers.TREATY_CODE;
    public static final String SERIES_MESSAGE = "must be a series code (capital letters, digits and '_', e.g. INTL_COPYRIGHT_FORUM)";

    /** A WIPO body as its documents' code prefix names it: SCCR, MM/LD/WG, ACE/IP+ACMEC, A, DIPCONF. */
    public static final String BODY = "[A-Z][A-Z0-9]*([/+][A-Z0-9]+)*";
    public static final String BODY_MESSAGE = "must be a body code as documents print it (capital letters and digits, parts joined by '/' or '+', e.g. SCCR, MM/LD/WG; at most 40 characters)";

    private Codes() {
    }
}
