package io.ipaccord.gateway.backend;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

/**
 * A backend answered with an error status, as {@link Backend} sees it (with the problem document, if any), turned
 * into a {@link io.ipaccord.gateway.error.GatewayException} by {@link BackendErrors}.
 */
public abstract sealed class BackendException extends RuntimeException
        permits BackendException.Rejected, BackendException.Failed {

    private final String service;
    private final int status;
    private final Problem problem;

    private BackendException(String service, int status, Problem problem) {
        super(service + " answered HTTP " + status + (problem == null ? "" : ": " + problem.text()));
        this.service = service;
        this.status = status;
        this.problem = problem;
    }

    /** The exception for an error response, null for a success. */
    public static BackendException from(String service, Response response) {
        int status = response.getStatus();
        if (status < 400) {
            return null;
        }
        Problem problem = readProblem(response);
        return status < 500 ? new Rejected(service, status, problem) : new Failed(service, status, problem);
    }

    private static Problem readProblem(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(Problem.class) : null;
        } catch (RuntimeException notAProblemDocument) {
            return null;
        }
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** 4xx: the request was refused; retrying it cannot help and says nothing about the backend's health. */
    public static final class Rejected extends BackendException {
        public Rejected(String service, int status, Problem problem) {
            super(service, status, problem);
        }
    }

    /** 5xx: the backend failed. */
    public static final class Failed extends BackendException {
        public Failed(String service, int status, Problem problem) {
            super(service, status, problem);
        }
    }
}
