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
 * A body over {@code quarkus.http.limits.max-body-size} (413) or a request URI over {@code ipaccord.http.max-uri-length}
 * (414) is refused with problem details before anything reads it. Quarkus and Vert.x would refuse both too, with an
 * empty answer: this route runs just before Quarkus' own body-size check. The URI limit is kept below Vert.x's
 * request-line limit ({@code quarkus.http.limits.max-initial-line-length}, set higher by platform's defaults), which
 * Vert.x enforces before any route.
 */
@ApplicationScoped
public class RequestLimits {

    void route(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody,
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
                refuse(ctx, json, ProblemKind.CONTENT_TOO_LARGE, "body", "The body is " + length
                        + " bytes; at most " + maxBytes + " are accepted");
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
