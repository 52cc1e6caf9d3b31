package io.ipaccord.gateway.treaty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.gateway.error.BackendCall;
import io.ipaccord.gateway.error.BackendException;
import io.ipaccord.gateway.error.BackendPolicy;
import io.ipaccord.gateway.instrument.InstrumentInput;
import io.ipaccord.gateway.membership.MembershipData;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Calls treaty-service with the gateway's {@link BackendPolicy}, like member-service: a timeout and a circuit breaker
 * (one per method) on every call, retries on reads only; failures reach the caller as
 * {@link io.ipaccord.gateway.error.GatewayException}s ({@link BackendCall}). Overridable per method, e.g.
 * {@code io.ipaccord.gateway.treaty.TreatyServiceBackend/treaties/Retry/maxRetries=5}.
 */
@ApplicationScoped
@BackendCall(TreatyServiceClient.SERVICE)
@Timeout(value = BackendPolicy.TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = BackendPolicy.CIRCUIT_VOLUME,
        failureRatio = BackendPolicy.CIRCUIT_FAILURE_RATIO,
        delay = BackendPolicy.CIRCUIT_DELAY_SECONDS, delayUnit = ChronoUnit.SECONDS,
        successThreshold = BackendPolicy.CIRCUIT_SUCCESS_THRESHOLD, skipOn = BackendException.Rejected.class)
public class TreatyServiceBackend {

    /** treaty-service's limit for the codes of one batch call. */
    public static final int MAX_BATCH = 200;

    private final TreatyServiceClient client;

    TreatyServiceBackend(@RestClient TreatyServiceClient client) {
        this.client = client;
    }

    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public List<TreatyData> treaties(TreatyFilter filter, LocalDate asOf) {
        TreatyFilter f = filter == null ? new TreatyFilter(null, null, null) : filter;
        return client.treaties(f.category(), f.status(), f.party(), asOf);
    }

    /** The known treaties among at most {@value #MAX_BATCH} distinct codes, in the order asked. */
    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public List<TreatyData> treatiesBatch(List<String> codes, LocalDate asOf) {
        return codes.isEmpty() ? List.of() : client.treatiesBatch(join(codes), asOf);
    }

    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public List<TreatyMatch> search(String text, int limit, LocalDate asOf) {
        return client.search(text, limit, asOf);
    }

    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public TreatyData treaty(String code, LocalDate asOf) {
        return client.treaty(code, asOf);
    }

    /** Standings of at most {@value #MAX_BATCH} distinct states as of a date, by state. */
    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public Map<String, List<MembershipData>> membershipsOfStates(List<String> states, LocalDate asOf) {
        return states.isEmpty() ? Map.of() : client.membershipsOfStates(join(states), asOf);
    }

    /** Parties of at most {@value #MAX_BATCH} distinct treaties as of a date, by treaty (known treaties only). */
    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public Map<String, List<MembershipData>> membershipsOfTreaties(List<String> treaties, LocalDate asOf) {
        return treaties.isEmpty() ? Map.of() : client.membershipsOfTreaties(join(treaties), asOf);
    }

    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public List<InstrumentData> instruments(String treaty, String state) {
        return client.instruments(treaty, state);
    }

    public JsonNode deposit(InstrumentInput input) {
        return client.deposit(input);
    }

    public JsonNode correct(long id, InstrumentInput input) {
        return client.correct(id, input);
    }

    public JsonNode withdraw(long id) {
        return client.withdraw(id);
    }

    private static String join(List<String> codes) {
        if (codes.size() > MAX_BATCH) {
            throw new IllegalArgumentException("At most " + MAX_BATCH + " codes per batch, got " + codes.size());
        }
        return String.join(",", codes);
    }
}
