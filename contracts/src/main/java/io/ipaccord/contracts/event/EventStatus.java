package io.ipaccord.contracts.event;

public enum EventStatus {
    PLANNED,
    HELD,
    CANCELLED
}
