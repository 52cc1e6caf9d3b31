package io.ipaccord.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import io.ipaccord.contracts.CloudEvents;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The W3C Trace Context of the current span, as the {@code traceparent} and {@code tracestate} header values that
 * carry it across Kafka (see {@link CloudEvents#HEADER_TRACEPARENT}). Captured by the outbox
 * when a change is written, so that the event continues the trace of the request that made the change even though
 * the relay sends it later, from another thread.
 */
@ApplicationScoped
public class TraceContext {

    private static final TextMapSetter<Map<String, String>> MAP_SETTER = Map::put;

    private final OpenTelemetry openTelemetry;

    TraceContext(OpenTelemetry openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    /** The current context's propagation headers; empty when nothing is traced (or tracing is off). */
    public Headers current() {
        Map<String, String> carrier = new HashMap<>();
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, MAP_SETTER);
        return new Headers(carrier.get(CloudEvents.HEADER_TRACEPARENT), carrier.get(CloudEvents.HEADER_TRACESTATE));
    }

    /** {@code traceparent} and {@code tracestate}, each null when absent. */
    public record Headers(String traceParent, String traceState) {
    }
}
