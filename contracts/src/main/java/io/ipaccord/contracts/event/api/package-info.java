/**
 * Bodies of event-service's REST API that are not event data (which is {@link io.ipaccord.contracts.event.EventData}):
 * shared with the gateway so that both sides read one shape. Not carried on Kafka.
 */
package io.ipaccord.contracts.event.api;
