package io.ipaccord.gateway.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The gateway's spans kept in memory for the tests that look at traces: with a span exporter bean present, Quarkus
 * exports through it instead of OTLP. Only sampled spans arrive (the sampler keeps none unless a request comes with
 * a sampled traceparent), so other tests record nothing.
 */
public class RecordedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
