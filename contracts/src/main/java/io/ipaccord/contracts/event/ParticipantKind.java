package io.ipaccord.contracts.event;

public enum ParticipantKind {
    ORGANISATION,
    PERSON
}
