package io.ipaccord.gateway.backend;

import java.io.IOException;
import java.util.List;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import io.ipaccord.gateway.error.ConflictException;
import io.ipaccord.gateway.error.ForbiddenException;
import io.ipaccord.gateway.error.GatewayException;
import io.ipaccord.gateway.error.InternalException;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.error.UnauthenticatedException;
import io.ipaccord.gateway.error.UnavailableException;
import io.ipaccord.gateway.error.ValidationException;

/** Maps what a backend call threw to the error a GraphQL client sees. */
public final class BackendErrors {

    private static final Logger LOG = Logger.getLogger(BackendErrors.class);

    private BackendErrors() {
    }

    public static GatewayException translate(String service, Throwable failure) {
        if (failure instanceof GatewayException known) {
            return known;
        }
        if (failure instanceof BackendException.Rejected rejected) {
            return rejected(service, rejected);
        }
        if (failure instanceof BackendException.Failed failed) {
            return new UnavailableException(service, service + " failed (HTTP " + failed.status() + ")"
                    + failed.problem().map(p -> ": " + p.text()).orElse(""), failed);
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new UnavailableException(service, service
                    + " is unavailable: calls are paused after repeated failures, try again shortly", failure);
        }
        if (failure instanceof TimeoutException || hasCause(failure, java.util.concurrent.TimeoutException.class)) {
            return new UnavailableException(service, service + " did not answer in time", failure);
        }
        if (failure instanceof BulkheadException) {
            return new UnavailableException(service, service + " is busy, try again shortly", failure);
        }
        if (hasCause(failure, IOException.class)) {
            return new UnavailableException(service, service + " cannot be reached", failure);
        }
        LOG.errorf(failure, "Unexpected failure calling %s", service);
        return new InternalException("Unexpected failure calling " + service, failure);
    }

    private static GatewayException rejected(String service, BackendException.Rejected rejected) {
        String text = rejected.problem().map(Problem::text).orElse(null);
        return switch (rejected.status()) {
            // The backend verified the forwarded token itself and refused it.
            case 401 -> new UnauthenticatedException(service + " refused the caller's token"
                    + (text != null ? ": " + text : ""), rejected);
            case 403 -> new ForbiddenException(service + " refused the caller's roles"
                    + (text != null ? ": " + text : ""), rejected);
            case 404 -> new NotFoundException(text != null ? text : "Not found", rejected);
            case 409 -> new ConflictException(text != null ? text : "Conflicts with the current state",
                    rejected.problem().map(p -> p.errors().stream().map(Problem.FieldError::field)
                            .filter(f -> f != null && !f.isBlank()).distinct().toList()).orElse(List.of()),
                    rejected);
            case 400, 422 -> {
                List<ValidationException.Violation> violations = rejected.problem()
                        .map(p -> p.errors().stream()
                                .map(e -> new ValidationException.Violation(e.field(), e.text()))
                                .toList())
                        .orElse(List.of());
                if (violations.isEmpty()) {
                    violations = List.of(new ValidationException.Violation(null, text != null ? text : "Invalid input"));
                }
                yield new ValidationException(ValidationException.describe(violations), violations, rejected);
            }
            default -> {
                // The gateway sent something the backend does not accept at all: a gateway bug.
                LOG.errorf(rejected, "%s refused a gateway request", service);
                yield new InternalException(service + " refused the request (HTTP " + rejected.status() + ")", rejected);
            }
        };
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
