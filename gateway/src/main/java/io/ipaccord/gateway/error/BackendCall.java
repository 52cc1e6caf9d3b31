package io.ipaccord.gateway.error;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a bean whose methods call backend {@link #value() service}: whatever they throw reaches the caller as a
 * {@link GatewayException}. Runs outside the fault-tolerance interceptor, so it sees the final outcome after
 * retries, timeouts and the circuit breaker.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface BackendCall {

    /** The backend's name as clients see it in messages and {@code extensions.service}, e.g. member-service. */
    @Nonbinding
    String value();
}
