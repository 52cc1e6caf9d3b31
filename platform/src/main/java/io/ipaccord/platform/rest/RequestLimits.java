package io.ipaccord.platform.rest;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.platform.problem.Problem;
import io.ipaccord.platform.problem.Problem.FieldError;
import io.ipaccord.platform.problem.ProblemKind;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A body whose {@code Content-Length} is over {@code ipaccord.http.max-body-size} (413) or a request URI over
 * {@code ipaccord.http.max-uri-length} (414) is refused with problem details before anything reads it. Quarkus and
 * Vert.x would refuse both too, with an empty answer: this route runs just before Quarkus' own body-size check. A body
 * without {@code Content-Length} (chunked) is counted while it is read ({@link BodyLimit}). The URI limit is kept
 * below Vert.x's request-line limit ({@code quarkus.http.limits.max-initial-line-length}, set higher by platform's
 * defaults), which Vert.x enforces before any route.
 */
@ApplicationScoped
public class RequestLimits {

    /** The largest body accepted; Quarkus' {@code quarkus.http.limits.max-body-size} is set above it. */
    static final String MAX_BODY_SIZE = "ipaccord.http.max-body-size";
    static final String DEFAULT_MAX_BODY_SIZE = "10240K";

    void route(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = MAX_BODY_SIZE, defaultValue = DEFAULT_MAX_BODY_SIZE) MemorySize maxBody,
            @ConfigProperty(name = "ipaccord.http.max-uri-length", defaultValue = "49152") int maxUri) {
        long maxBytes = maxBody.asLongValue();
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> {
            String uri = ctx.request().uri();
            if (uri.length() > maxUri) {
                refuse(ctx, json, ProblemKind.URI_TOO_LONG, "uri", "The request URI is " + uri.length()
                        + " characters long; at most " + maxUri + " are accepted");
                return;
            }
            Long length = contentLength(ctx);
            if (length != null && length > maxBytes) {
                refuse(ctx, json, ProblemKind.CONTENT_TOO_LARGE, "body", BodyLimit.detail(length, maxBytes));
                return;
            }
            ctx.next();
        });
    }

    private static Long contentLength(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return null;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return null; // Vert.x refuses a malformed Content-Length itself.
        }
    }

    private static void refuse(RoutingContext ctx, ObjectMapper json, ProblemKind kind, String field, String detail) {
        Problem problem = new Problem(kind.type(), kind.title(), kind.status(), detail, ctx.request().path(),
                List.of(new FieldError(field, detail)));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The body is not read: the connection cannot carry another request after it.
        ctx.response().setStatusCode(kind.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
