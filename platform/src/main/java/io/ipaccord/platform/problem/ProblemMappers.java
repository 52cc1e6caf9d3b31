package io.ipaccord.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.ipaccord.platform.problem.Problem.FieldError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The one place where every service's errors become RFC 9457 problem details. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject ObjectMapper objectMapper;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.kind(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(ProblemKind.VALIDATION, detail, errors, uri);
    }

    /**
     * A body that does not parse or does not fit the resource: the field, what was wrong and what is expected, in words
     * ({@link JsonReadProblems}); Jackson's messages name Java types and are only logged.
     */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        JsonReadProblems read = JsonReadProblems.of(e);
        LOG.debugf("Unreadable request body: %s", e.getOriginalMessage());
        return respond(ProblemKind.VALIDATION, read.detail(), List.of(read.error()), uri);
    }

    /** Overrides Quarkus' built-in mapper, which answers plain JSON for this subtype. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(ProblemKind.CONFLICT, "The resource was changed concurrently; read it again and retry", List.of(), uri);
    }

    /** No token on a write (an anonymous caller met {@code @RolesAllowed}). */
    @ServerExceptionMapper(UnauthorizedException.class)
    public Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(ProblemKind.UNAUTHORIZED,
                "This operation needs a bearer token (Authorization: Bearer <JWT>) with role editor or admin", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A token that does not verify: expired, wrongly signed, from another issuer, or not a JWT at all. */
    @ServerExceptionMapper(AuthenticationFailedException.class)
    public Response badToken(UriInfo uri) {
        return Response.fromResponse(respond(ProblemKind.UNAUTHORIZED,
                "The bearer token is not valid (expired, wrongly signed or from another issuer)", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }

    /** A valid token whose roles ({@code groups} claim) do not allow the operation. */
    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(UriInfo uri) {
        return respond(ProblemKind.FORBIDDEN, "The token's roles do not allow this operation: writes need role editor"
                + " (or admin), removals, imports and administration need admin", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            // A parameter converter's refusal (platform.rest.NumberParams), which JAX-RS wraps in a 404 or 400.
            return problem(problem, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus' JSON reader wraps a body that does not parse in a bare 400.
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        String detail = status >= 500 ? "The service could not complete the request" : e.getMessage();
        Response problem = respond(kind, detail, List.of(), uri);
        return status == kind.status() ? problem : Response.fromResponse(problem).status(status).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected error", e);
        return respond(ProblemKind.INTERNAL, "The service could not complete the request", List.of(), uri);
    }

    private Response respond(ProblemKind kind, String detail, List<FieldError> errors, UriInfo uri) {
        Problem problem = new Problem(kind.type(), kind.title(), kind.status(), detail,
                uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""), errors);
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        // Written as text so no message body writer has to know application/problem+json.
        return Response.status(kind.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The request-level name of the invalid element: body property path, or the parameter's name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // A node's index or key designates the element of the container before it:
                // rule.conditions[0].count, sources[2] (the element node itself has no property name).
                if (node.getIndex() != null) {
                    path.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    path.append('[').append(node.getKey()).append(']');
                }
                if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        if (!path.isEmpty()) {
            return path.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }
}
