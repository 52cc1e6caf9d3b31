package io.ipaccord.gateway.event;

import io.ipaccord.contracts.event.EventChangeType;

/** One change published on {@link io.ipaccord.contracts.Topics#EVENTS}: its type and the event after it. */
record EventChange(EventChangeType type, Event event) {
}
