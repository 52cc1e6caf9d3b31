package io.ipaccord.contracts.event;

/** Who takes part: an organisation, a person, or a state's delegation (a member state, an observer, a former state). */
public enum ParticipantKind {
    ORGANISATION,
    PERSON,
    STATE
}
