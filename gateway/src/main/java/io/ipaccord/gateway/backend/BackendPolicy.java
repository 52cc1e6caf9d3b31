package io.ipaccord.gateway.backend;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;

/**
 * The fault tolerance of every backend call, per backend: its REST client's config key names it, e.g.
 * {@code ipaccord.gateway.backend."treaty-service".retry.max-retries=5}. A backend without keys of its own gets the
 * defaults, so all backends behave alike:
 * <ul>
 * <li>every call: a 4 s timeout and a circuit breaker per operation that opens when half of the last 20 calls failed
 * and tries again after 5 s;</li>
 * <li>reads only, being idempotent: 2 retries 100 ms apart (± 50 ms).</li>
 * </ul>
 * 4xx answers ({@link BackendException.Rejected}) are neither retried nor counted against the circuit.
 */
@ConfigMapping(prefix = "ipaccord.gateway.backend")
public interface BackendPolicy {

    /** By backend name (member-service, treaty-service, event-service). */
    @WithParentName
    @WithDefaults
    Map<String, Service> services();

    /** The policy of one backend. */
    default Service of(String service) {
        return services().get(service);
    }

    interface Service {

        /** How long one attempt may take. */
        @WithDefault("4s")
        Duration timeout();

        CircuitBreaker circuitBreaker();

        Retry retry();
    }

    interface CircuitBreaker {

        /** How many of the latest calls the failure ratio is computed over. */
        @WithDefault("20")
        int requestVolume();

        @WithDefault("0.5")
        double failureRatio();

        /** How long the circuit stays open before it lets a trial call through. */
        @WithDefault("5s")
        Duration delay();

        /** Successful trial calls that close it again. */
        @WithDefault("2")
        int successThreshold();
    }

    /** Reads only. */
    interface Retry {

        @WithDefault("2")
        int maxRetries();

        @WithDefault("100ms")
        Duration delay();

        @WithDefault("50ms")
        Duration jitter();
    }
}
