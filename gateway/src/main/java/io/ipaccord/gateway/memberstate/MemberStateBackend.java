package io.ipaccord.gateway.memberstate;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.gateway.error.BackendCall;
import io.ipaccord.gateway.error.BackendException;
import io.ipaccord.gateway.error.BackendPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Calls member-service with the gateway's {@link BackendPolicy}: a timeout and a circuit breaker (one per method)
 * on every call, retries on reads only. Whatever fails reaches the caller as a
 * {@link io.ipaccord.gateway.error.GatewayException} ({@link BackendCall}).
 * <p>
 * Every value is overridable by configuration, e.g.
 * {@code io.ipaccord.gateway.memberstate.MemberStateBackend/list/Retry/maxRetries=5}.
 */
@ApplicationScoped
@BackendCall(MemberStateClient.SERVICE)
@Timeout(value = BackendPolicy.TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = BackendPolicy.CIRCUIT_VOLUME,
        failureRatio = BackendPolicy.CIRCUIT_FAILURE_RATIO,
        delay = BackendPolicy.CIRCUIT_DELAY_SECONDS, delayUnit = ChronoUnit.SECONDS,
        successThreshold = BackendPolicy.CIRCUIT_SUCCESS_THRESHOLD, skipOn = BackendException.Rejected.class)
public class MemberStateBackend {

    /** member-service's limit for page sizes and batch lookups. */
    public static final int MAX_PAGE = 500;

    private final MemberStateClient client;

    MemberStateBackend(@RestClient MemberStateClient client) {
        this.client = client;
    }

    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public MemberStatePage list(MemberStateFilter filter, MemberStateSort sort, int first, String after) {
        MemberStateFilter f = filter == null ? new MemberStateFilter(null, null, null, null) : filter;
        return client.list(f.nameContains(), f.memberSinceFrom(), f.memberSinceTo(), f.body(), sort.parameter(), first,
                after);
    }

    /** The known states among at most {@value #MAX_PAGE} distinct codes, in the order asked. */
    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public List<MemberStateData> batch(List<String> codes) {
        if (codes.size() > MAX_PAGE) {
            throw new IllegalArgumentException("At most " + MAX_PAGE + " codes per batch, got " + codes.size());
        }
        return codes.isEmpty() ? List.of() : client.batch(String.join(",", codes));
    }

    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public List<MemberStateMatch> search(String text, int limit) {
        return client.search(text, limit);
    }

    @Retry(maxRetries = BackendPolicy.READ_RETRIES, delay = BackendPolicy.RETRY_DELAY_MS,
            jitter = BackendPolicy.RETRY_JITTER_MS,
            abortOn = { BackendException.Rejected.class, CircuitBreakerOpenException.class })
    public MemberStateData get(String code) {
        return client.get(code);
    }

    public MemberStateData register(RegisterMemberStateInput input) {
        return client.register(input);
    }

    public MemberStateData update(String code, UpdateMemberStateInput input) {
        return client.update(code, input);
    }

    public void remove(String code) {
        client.remove(code);
    }

    public MemberStateData.Seat addSeat(String code, AddBodySeatInput input) {
        return client.addSeat(code, input);
    }

    public void removeSeat(String code, long seatId) {
        client.removeSeat(code, seatId);
    }
}
