package io.ipaccord.event.replica;

import io.ipaccord.contracts.Topics;

/** The aggregates of other services that events refer to, each replicated from its owner's topic. */
public enum ReferenceKind {
    MEMBER_STATE("member state", Topics.MEMBER_STATES),
    TREATY("treaty", Topics.TREATIES);

    private final String label;
    private final String topic;

    ReferenceKind(String label, String topic) {
        this.label = label;
        this.topic = topic;
    }

    public String label() {
        return label;
    }

    /** The inbox consumer name: one per topic, so event ids of different topics never collide. */
    String consumer() {
        return "event-service/" + topic;
    }
}
