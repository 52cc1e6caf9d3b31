package io.ipaccord.contracts;

/**
 * The identifier formats that key the topics and name things across services, each with the
 * message a refusal gives. The JSON Schemas use the same patterns.
 */
public final class Identifiers {

    /** ISO 3166-1 alpha-2 code: a member state. */
    public static final String STATE_CODE = "[A-Z]{2}";
    public static final String STATE_CODE_MESSAGE = "must be an ISO 3166-1 alpha-2 code (two capital letters)";

    /**
     * A contracting party: a member state's ISO 3166-1 alpha-2 code or an intergovernmental organisation's WIPO
     * Standard ST.3 code (EU, OA, BX, EA, EP). The two sets do not overlap.
     */
    public static final String PARTY_CODE = "[A-Z]{2}";
    public static final String PARTY_CODE_MESSAGE =
            "must be a party code: a state's ISO 3166-1 alpha-2 code or an organisation's WIPO ST.3 code (two capital letters)";

    /** A treaty or Act code, e.g. BEIJING, GENEVA_1999. */
    public static final String TREATY_CODE = "[A-Z][A-Z0-9_]{0,39}";
    public static final String TREATY_CODE_MESSAGE = "must be a treaty code (capital letters, digits and '_', e.g. BEIJING)";

    /** An event id, e.g. EV-2012-AVP-DC. */
    public static final String EVENT_ID = "EV-[A-Za-z0-9][A-Za-z0-9-]{0,76}";
    public static final String EVENT_ID_MESSAGE = "must be an event id: 'EV-' then letters, digits and '-' (at most 80 characters)";

    private Identifiers() {
    }
}
