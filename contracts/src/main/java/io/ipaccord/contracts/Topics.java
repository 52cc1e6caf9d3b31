package io.ipaccord.contracts;

/**
 * Kafka topic names. One topic per aggregate, keyed by the aggregate's id, so every change of
 * one thing stays in order. The version suffix changes only with an incompatible payload.
 */
public final class Topics {

    /** Member states, keyed by ISO 3166-1 alpha-2 code. Compacted: the latest state per key. */
    public static final String MEMBER_STATES = "ipaccord.member-states.v1";

    /**
     * Intergovernmental organisations that can be contracting parties (WIPO ST.3 codes), keyed by code. Compacted:
     * the latest state per key.
     */
    public static final String ORGANISATIONS = "ipaccord.organisations.v1";

    /** Treaties with their rule and computed status, keyed by treaty code. Compacted: the latest state per key. */
    public static final String TREATIES = "ipaccord.treaties.v1";

    /**
     * Instruments and the entry-into-force determinations they bring, keyed by treaty code so that the
     * instruments of one treaty and what they determine stay in order. An event log, not compacted.
     */
    public static final String TREATY_ACTIONS = "ipaccord.treaty-actions.v1";

    /** Events (visits, forums, conferences, ceremonies...), keyed by event id. Compacted: the latest state per key. */
    public static final String EVENTS = "ipaccord.events.v1";

    private Topics() {
    }
}
