package io.ipaccord.contracts;

/**
 * Kafka topic names. One topic per aggregate, keyed by the aggregate's id, so every change of
 * one thing stays in order. The version suffix changes only with an incompatible payload.
 */
public final class Topics {

    /** Member states, keyed by ISO 3166-1 alpha-2 code. Compacted: the latest state per key. */
    public static final String MEMBER_STATES = "ipaccord.member-states.v1";

    private Topics() {
    }
}
