package io.ipaccord.gateway.event;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.gateway.error.BackendCall;
import io.ipaccord.gateway.error.BackendException;
import io.ipaccord.gateway.error.BackendPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Calls event-service with the gateway's {@link BackendPolicy}, like the other backends: a timeout and a circuit
 * breaker (one per method) on every call, retries on reads only; failures reach the caller as
 * {@link io.ipaccord.gateway.error.GatewayException}s ({@link BackendCall}). Overridable per method, e.g.
 * {@code io.ipaccord.gateway.event.EventServiceBackend/list/Retry/maxRetries=5}.
 */
@ApplicationScoped
@BackendCall(EventServiceClient.SERVICE)
@Timeout(value = BackendPolicy.TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = BackendPolicy.CIRCUIT_VOLUME,
        failureRatio = BackendPolicy.CIRCUIT_FAILURE_RATIO,
        delay = BackendPolicy.CIRCUIT_DELAY_SECONDS, delayUnit = ChronoUnit.SECONDS,
        successThreshold = BackendPolicy.CIRCUIT_SUCCESS_THRESHOLD, skipOn = BackendException.Rejected.class)
public class EventServiceBackend {

    /** event-service's limit for page sizes and for the keys of one batch call. */
    public static final int MAX_PAGE = 500;

    private final EventServiceClient client;

    EventServiceBackend(@RestClient EventServiceClient client) {
        this.client = client;
    }

    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public EventPage list(EventFilter filter, EventSort sort, int first, String after) {
        EventFilter f = filter == null ? EventFilter.NONE : filter;
        return client.list(f.type(), f.from(), f.to(), f.host(), f.treaty(), f.state(), f.organisation(), f.text(),
                f.status(), f.series(), (sort == null ? EventSort.START_DATE : sort).parameter(), first, after);
    }

    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public EventData get(String id) {
        return client.get(id);
    }

    /** The known events among at most {@value #MAX_PAGE} distinct ids, in the order asked. */
    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public List<EventData> batch(List<String> ids) {
        return ids.isEmpty() ? List.of() : client.batch(join(ids));
    }

    /** Events hosted by or related to each of at most {@value #MAX_PAGE} states, by state. */
    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public Map<String, List<EventData>> byStates(List<String> states) {
        return states.isEmpty() ? Map.of() : client.byStates(join(states));
    }

    /** Events related to each of at most {@value #MAX_PAGE} treaties, by treaty. */
    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public Map<String, List<EventData>> byTreaties(List<String> treaties) {
        return treaties.isEmpty() ? Map.of() : client.byTreaties(join(treaties));
    }

    /** The children of each of at most {@value #MAX_PAGE} events, by parent. */
    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public Map<String, List<EventData>> children(List<String> parents) {
        return parents.isEmpty() ? Map.of() : client.children(join(parents));
    }

    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public List<EventMatch> search(String text, int limit) {
        return client.search(text, limit);
    }

    public EventData schedule(ScheduleEventInput input) {
        return client.schedule(input);
    }

    public EventData update(String id, UpdateEventInput input) {
        return client.update(id, input);
    }

    public EventData cancel(String id) {
        return client.cancel(id);
    }

    public EventData.Participant addParticipant(String id, ParticipantInput input) {
        return client.addParticipant(id, input);
    }

    private static String join(List<String> keys) {
        if (keys.size() > MAX_PAGE) {
            throw new IllegalArgumentException("At most " + MAX_PAGE + " keys per batch, got " + keys.size());
        }
        return String.join(",", keys);
    }
}
