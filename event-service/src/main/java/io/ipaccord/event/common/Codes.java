package io.ipaccord.event.common;

/** The identifier formats event-service accepts, with the message a refusal gives. */
public final class Codes {

    public static final String EVENT_ID = "EV-[A-Za-z0-9][A-Za-z0-9-]{0,76}";
    public static final String EVENT_ID_MESSAGE = "must be an event id: 'EV-' then letters, digits and '-' (at most 80 characters)";
    public static final String STATE = "[A-Z]{2}";
    public static final String STATE_MESSAGE = "must be an ISO 3166-1 alpha-2 code (two capital letters)";
    public static final String TREATY = "[A-Z][A-Z0-9_]{0,39}";
    public static final String TREATY_MESSAGE = "must be a treaty code (capital letters, digits and '_', e.g. BEIJING)";
    public static final String SERIES = TREATY;
    public static final String SERIES_MESSAGE = "must be a series code (capital letters, digits and '_', e.g. INTL_COPYRIGHT_FORUM)";

    private Codes() {
    }
}
