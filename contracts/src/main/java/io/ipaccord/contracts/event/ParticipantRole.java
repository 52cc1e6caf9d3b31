package io.ipaccord.contracts.event;

/** The part a participant had in an event. */
public enum ParticipantRole {
    HOST,
    ORGANISER,
    /** President or chair of a conference or session. */
    CHAIR,
    SPEAKER,
    DELEGATE,
    INVITEE,
    /** Took part; the sources do not say in which capacity. */
    PARTICIPANT
}
