package io.ipaccord.event.common;

import io.ipaccord.contracts.Identifiers;

/** Identifier formats of event-service's own things; states, treaties and events: {@link Identifiers}. */
public final class Codes {

    public static final String SERIES = Identifiers.TREATY_CODE;
    public static final String SERIES_MESSAGE = "must be a series code (capital letters, digits and '_', e.g. INTL_COPYRIGHT_FORUM)";

    private Codes() {
    }
}
