package io.ipaccord.gateway.backend;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.ipaccord.gateway.error.DeadlineException;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.WebApplicationException;

/**
 * One backend service, called through its REST client {@code C} with the fault tolerance of its
 * {@link BackendPolicy}: a timeout and a circuit breaker per operation on every call, retries on reads only.
 * Whatever a call throws reaches the caller as a {@link io.ipaccord.gateway.error.GatewayException}
 * ({@link BackendErrors}), after retries, timeouts and the circuit breaker had their say.
 * <p>
 * An operation's name is its REST client method's name; it names its circuit breaker and, as
 * {@code <service>.<operation>} (e.g. {@code member-service.get}), the {@code method} tag of its {@code ft_*}
 * metrics. An operation is either a read or a write, never both.
 */
public final class Backend<C> {

    private final String service;
    private final C client;
    private final BackendPolicy.Service policy;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    public Backend(String service, C client, BackendPolicy.Service policy) {
        this.service = service;
        this.client = client;
        this.policy = policy;
    }

    /** The backend's name as clients see it in messages and {@code extensions.service}, e.g. member-service. */
    public String service() {
        return service;
    }

    /** An idempotent call: retried when it fails. */
    public <T> T read(String operation, Function<C, T> call) {
        return guarded(operation, true, call);
    }

    /** A call that changes something: never retried. */
    public <T> T write(String operation, Function<C, T> call) {
        return guarded(operation, false, call);
    }

    /** A write without an answer. */
    public void execute(String operation, Consumer<C> call) {
        guarded(operation, false, c -> {
            call.accept(c);
            return null;
        });
    }

    /** The keys of one batch call, comma-separated; refuses more than the backend's {@code max} per call. */
    public static String batch(List<String> keys, int max) {
        if (keys.size() > max) {
            throw new IllegalArgumentException("At most " + max + " keys per batch, got " + keys.size());
        }
        return String.join(",", keys);
    }

    @SuppressWarnings("unchecked")
    private <T> T guarded(String operation, boolean read, Function<C, T> call) {
        try {
            Guard guard = guards.computeIfAbsent(operation, name -> guard(name, read));
            return (T) guard.get(() -> answer(call), Object.class);
        } catch (RuntimeException e) {
            throw BackendErrors.translate(service, e);
        }
    }

    /**
     * The call's answer. An error status (the REST client's {@link WebApplicationException}) becomes a
     * {@link BackendException} here, inside the guard, so 4xx answers are neither retried nor held against the circuit.
     * No attempt starts past the operation's {@link Deadline}, and one still waiting for its answer then is cut off
     * ({@link DeadlineException}: not retried, not held against the circuit either).
     */
    private <T> T answer(Function<C, T> call) {
        return Deadline.cutOff(() -> {
            try {
                return call.apply(client);
            } catch (WebApplicationException error) {
                BackendException failed = BackendException.from(service, error.getResponse());
                throw failed != null ? failed : error;
            }
        }, policy.timeout().toNanos(), () -> new DeadlineException(service));
    }

    private Guard guard(String operation, boolean read) {
        BackendPolicy.CircuitBreaker circuit = policy.circuitBreaker();
        Guard.Builder builder = Guard.create()
                .withDescription(service + "." + operation)
                .withTimeout().duration(policy.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                .requestVolumeThreshold(circuit.requestVolume())
                .failureRatio(circuit.failureRatio())
                .delay(circuit.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(circuit.successThreshold())
                .skipOn(List.of(BackendException.Rejected.class, DeadlineException.class))
                .done();
        if (read) {
            BackendPolicy.Retry retry = policy.retry();
            builder.withRetry()
                    .maxRetries(retry.maxRetries())
                    .delay(retry.delay().toMillis(), ChronoUnit.MILLIS)
                    .jitter(retry.jitter().toMillis(), ChronoUnit.MILLIS)
                    .abortOn(List.of(BackendException.Rejected.class, CircuitBreakerOpenException.class,
                            DeadlineException.class))
                    .done();
        }
        return builder.build();
    }
}
