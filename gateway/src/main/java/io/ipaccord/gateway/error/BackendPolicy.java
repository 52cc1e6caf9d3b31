package io.ipaccord.gateway.error;

/**
 * The fault-tolerance policy every backend gets, as constants for the MicroProfile Fault Tolerance annotations of
 * the backend beans ({@code MemberStateBackend}, {@code TreatyServiceBackend}), so all backends behave alike:
 * <ul>
 * <li>every call: a {@value #TIMEOUT_SECONDS} s timeout and a circuit breaker per method that opens when half of
 * the last {@value #CIRCUIT_VOLUME} calls failed and tries again after {@value #CIRCUIT_DELAY_SECONDS} s;</li>
 * <li>reads only, being idempotent: {@value #READ_RETRIES} retries {@value #RETRY_DELAY_MS} ms apart.</li>
 * </ul>
 * 4xx answers ({@link BackendException.Rejected}) are neither retried nor counted against the circuit. Each value
 * stays overridable per method with the usual keys, e.g. {@code <class>/<method>/Retry/maxRetries=5}.
 */
public final class BackendPolicy {

    public static final long TIMEOUT_SECONDS = 4;
    public static final int CIRCUIT_VOLUME = 20;
    public static final double CIRCUIT_FAILURE_RATIO = 0.5;
    public static final long CIRCUIT_DELAY_SECONDS = 5;
    public static final int CIRCUIT_SUCCESS_THRESHOLD = 2;
    public static final int READ_RETRIES = 2;
    public static final long RETRY_DELAY_MS = 100;
    public static final long RETRY_JITTER_MS = 50;

    private BackendPolicy() {
    }
}
