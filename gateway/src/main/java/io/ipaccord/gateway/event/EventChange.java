package io.ipaccord.gateway.event;

import io.ipaccord.contracts.event.EventEventType;

/** One change published on {@link io.ipaccord.contracts.Topics#EVENTS}: its type and the event after it. */
record EventChange(EventEventType type, Event event) {
}
