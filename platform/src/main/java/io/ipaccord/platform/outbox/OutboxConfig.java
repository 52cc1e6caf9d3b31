package io.ipaccord.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox and its relay ({@code ipaccord.outbox.*}). */
@ConfigMapping(prefix = "ipaccord.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /ipaccord/member-service}. */
    @WithDefault("/ipaccord/${quarkus.application.name}")
    String source();

    Relay relay();

    interface Relay {

        /** Switches the relay off, e.g. for a replica that must only serve reads. Rows still accumulate. */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay looks for unsent rows when no commit has woken it. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Pause after a failed publication before the same rows are tried again. */
        @WithDefault("2s")
        Duration retryBackoff();

        /**
         * Whether the relay keeps a connection listening for the outbox's commit notifications (PostgreSQL
         * {@code LISTEN}), so a commit by any replica wakes it at once; the poll stays as a fallback.
         */
        @WithDefault("true")
        boolean listen();

        /** Rows published per round, in id order. */
        @WithDefault("200")
        int batchSize();

        /** Upper bound on one send, including the producer's own retries ({@code delivery.timeout.ms}). */
        @WithDefault("30s")
        Duration deliveryTimeout();

        /** How long sent rows are kept before they are deleted. */
        @WithDefault("P7D")
        Duration retention();
    }
}
