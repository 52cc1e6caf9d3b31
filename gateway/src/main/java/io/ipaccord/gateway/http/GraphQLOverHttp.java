package io.ipaccord.gateway.http;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonReader;

/**
 * The GraphQL over HTTP protocol of {@code /graphql} (the GraphQL over HTTP specification, draft of 2025, checked by
 * graphql-http's audits: {@code bench/graphql-http/audit.sh}), in front of SmallRye GraphQL's execution, whose own
 * HTTP handling answers 200 to malformed requests and knows no {@code application/graphql-response+json}.
 * <ul>
 * <li>{@code Accept}: {@code application/graphql-response+json} if the client lists it, else
 * {@code application/json} (also for {@code application/*}, {@code *}{@code /*} and no header); anything else 406.</li>
 * <li>POST with {@code Content-Type: application/json} (else 415) and a JSON object body; GET with URL
 * parameters, queries only (a mutation over GET is 405: GET must not change anything).</li>
 * <li>{@code query} a string, {@code operationName} a string or null, {@code variables} and {@code extensions}
 * objects or null; anything else is 400 before the document is looked at.</li>
 * <li>A document that does not parse or validate, or variables that do not fit: 200 with
 * {@code application/json} (the legacy answer), 400 with {@code application/graphql-response+json}; both without
 * {@code data}. Every other executed operation, errors or not: 200.</li>
 * </ul>
 * Errors of the protocol itself are GraphQL responses too, with {@code extensions.code} {@link #BAD_REQUEST},
 * {@link #METHOD_NOT_ALLOWED}, {@link #NOT_ACCEPTABLE} or {@link #UNSUPPORTED_MEDIA_TYPE}. WebSocket upgrades
 * (subscriptions) go on to SmallRye.
 */
@ApplicationScoped
public class GraphQLOverHttp {

    /** The request is not a GraphQL request: body, parameters or their types. */
    public static final String BAD_REQUEST = "BAD_REQUEST";
    /** Neither GET nor POST, or a mutation over GET. */
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    /** The client accepts neither JSON media type. */
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    /** A POST body that is not {@code application/json}. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    /** A body over {@code quarkus.http.limits.max-body-size} (413). */
    public static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";
    /** A request URI over {@code ipaccord.gateway.http.max-uri-length} (414): a GET with a document too long for it. */
    public static final String URI_TOO_LONG = "URI_TOO_LONG";

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";

    /**
     * Before SmallRye's execution route (Vert.x's default orders, from 0), after its WebSocket route (-99) and
     * Quarkus' security filters.
     */
    static final int ORDER = -50;

    void route(@Observes Router router,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String path,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
            io.quarkus.runtime.configuration.MemorySize maxBody,
            @ConfigProperty(name = "ipaccord.gateway.http.max-uri-length", defaultValue = "49152") int maxUri) {
        long maxBytes = maxBody.asLongValue();
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBytes);
        Handler handler = new Handler();
        router.route(path.startsWith("/") ? path : "/" + path)
                .order(ORDER)
                .handler(ctx -> {
                    if (isUpgrade(ctx)) {
                        ctx.next();
                    } else if (!tooLarge(ctx, maxBytes, maxUri)) {
                        body.handle(ctx);
                    }
                })
                .handler(ctx -> {
                    if (isUpgrade(ctx)) {
                        ctx.next();
                    } else {
                        handler.handle(ctx);
                    }
                })
                .failureHandler(ctx -> {
                    // a body without Content-Length (chunked) that goes over the limit while it is read
                    if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                        refuse(ctx.response(), JSON, 413, REQUEST_TOO_LARGE, "The body is over the " + maxBytes
                                + " bytes accepted");
                    } else {
                        ctx.next();
                    }
                });
    }

    /**
     * Refuses, before its body is read, a request whose URI or declared body is over its limit (Vert.x would answer
     * either with an empty 414/413); the connection is closed after the answer, its body unread.
     */
    private static boolean tooLarge(RoutingContext ctx, long maxBytes, int maxUri) {
        int uri = ctx.request().uri().length();
        if (uri > maxUri) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(ctx.response(), JSON, 414, URI_TOO_LONG, "The request URI is " + uri + " characters long; at most "
                    + maxUri + " are accepted: send a long document in a POST body");
            return true;
        }
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself.
        }
        if (length > maxBytes) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(ctx.response(), JSON, 413, REQUEST_TOO_LARGE, "The body is " + length + " bytes; at most "
                    + maxBytes + " are accepted");
            return true;
        }
        return false;
    }

    private static boolean isUpgrade(RoutingContext ctx) {
        String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.toLowerCase(Locale.ROOT).contains("websocket");
    }

    /** SmallRye's request handling (request context, security identity, metadata) with this protocol. */
    static final class Handler extends SmallRyeGraphQLAbstractHandler {

        Handler() {
            super(currentIdentity(), Arc.container().instance(CurrentVertxRequest.class).get(), false);
        }

        private static CurrentIdentityAssociation currentIdentity() {
            var identity = Arc.container().instance(CurrentIdentityAssociation.class);
            return identity.isAvailable() ? identity.get() : null;
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            HttpServerResponse response = ctx.response();
            String mediaType = acceptable(ctx);
            if (mediaType == null) {
                refuse(response, JSON, 406, NOT_ACCEPTABLE, "Accept names no media type this endpoint answers in: "
                        + GRAPHQL_RESPONSE_JSON + " or " + JSON);
                return;
            }
            JsonObject request;
            HttpMethod method = ctx.request().method();
            try {
                if (HttpMethod.POST.equals(method)) {
                    String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
                    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(JSON)) {
                        response.putHeader(HttpHeaders.ACCEPT, JSON);
                        refuse(response, mediaType, 415, UNSUPPORTED_MEDIA_TYPE,
                                "A POST body must be " + JSON + ", was " + (contentType == null ? "not said" : contentType));
                        return;
                    }
                    request = fromBody(ctx);
                } else if (HttpMethod.GET.equals(method)) {
                    request = fromParameters(ctx);
                    if (isMutation(request)) {
                        response.putHeader(HttpHeaders.ALLOW, "POST");
                        refuse(response, mediaType, 405, METHOD_NOT_ALLOWED, "A mutation must be sent with POST");
                        return;
                    }
                } else {
                    response.putHeader(HttpHeaders.ALLOW, "GET, POST");
                    refuse(response, mediaType, 405, METHOD_NOT_ALLOWED, "GraphQL takes GET (queries) and POST");
                    return;
                }
            } catch (BadRequest bad) {
                refuse(response, mediaType, 400, BAD_REQUEST, bad.getMessage());
                return;
            }
            getExecutionService().executeAsync(toJsonp(request), getMetaData(ctx),
                    new Writer(ctx, mediaType));
        }

        private static jakarta.json.JsonObject toJsonp(JsonObject request) {
            try (JsonReader reader = jsonReaderFactory.createReader(new StringReader(request.encode()))) {
                return reader.readObject();
            }
        }
    }

    /**
     * The media type to answer in, by the client's preference (quality, then order); null if none is acceptable.
     * A charset other than UTF-8 makes a type unacceptable.
     */
    static String acceptable(RoutingContext ctx) {
        List<MIMEHeader> accepts = ctx.parsedHeaders().accept();
        if (accepts == null || accepts.isEmpty()) {
            return JSON;
        }
        for (MIMEHeader accept : accepts) {
            String charset = accept.parameter("charset");
            if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                continue;
            }
            String type = (accept.component() + "/" + accept.subComponent()).toLowerCase(Locale.ROOT);
            if (type.equals(GRAPHQL_RESPONSE_JSON)) {
                return GRAPHQL_RESPONSE_JSON;
            }
            if (type.equals(JSON) || type.equals("application/*") || type.equals("*/*")) {
                return JSON;
            }
        }
        return null;
    }

    private static JsonObject fromBody(RoutingContext ctx) {
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body == null || body.length() == 0) {
            throw new BadRequest("The body is empty; it must be a JSON object with a query");
        }
        Object parsed;
        try {
            parsed = io.vertx.core.json.Json.decodeValue(body);
        } catch (RuntimeException notJson) {
            throw new BadRequest("The body is not JSON");
        }
        if (!(parsed instanceof JsonObject request)) {
            throw new BadRequest("The body must be a JSON object with a query");
        }
        return checked(request);
    }

    private static JsonObject fromParameters(RoutingContext ctx) {
        JsonObject request = new JsonObject();
        request.put("query", ctx.request().getParam("query"));
        request.put("operationName", ctx.request().getParam("operationName"));
        request.put("variables", jsonParameter(ctx, "variables"));
        request.put("extensions", jsonParameter(ctx, "extensions"));
        return checked(request);
    }

    private static Object jsonParameter(RoutingContext ctx, String name) {
        String text = ctx.request().getParam(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return io.vertx.core.json.Json.decodeValue(text);
        } catch (RuntimeException notJson) {
            throw new BadRequest(name + " is not JSON");
        }
    }

    /** The request with its four parameters checked, without nulls. */
    private static JsonObject checked(JsonObject request) {
        Object query = request.getValue("query");
        if (!(query instanceof String)) {
            throw new BadRequest(query == null ? "query is missing" : "query must be a string");
        }
        JsonObject clean = new JsonObject().put("query", query);
        Object operationName = request.getValue("operationName");
        if (operationName != null) {
            if (!(operationName instanceof String)) {
                throw new BadRequest("operationName must be a string or null");
            }
            clean.put("operationName", operationName);
        }
        for (String map : List.of("variables", "extensions")) {
            Object value = request.getValue(map);
            if (value != null) {
                if (!(value instanceof JsonObject)) {
                    throw new BadRequest(map + " must be a JSON object or null");
                }
                clean.put(map, value);
            }
        }
        return clean;
    }

    /** Whether the operation a GET would run is a mutation; a document that does not parse is left to execution. */
    private static boolean isMutation(JsonObject request) {
        Document document;
        try {
            document = Parser.parse(request.getString("query"));
        } catch (RuntimeException notGraphQL) { // InvalidSyntaxException, or a document too large for the parser
            return false;
        }
        String name = request.getString("operationName");
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> name == null || name.equals(operation.getName()))
                .findFirst()
                .map(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION)
                .orElse(false);
    }

    private static void refuse(HttpServerResponse response, String mediaType, int status, String code, String message) {
        JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).toBuffer());
    }

    /** Writes an executed operation with the status its media type asks for. */
    private static final class Writer implements ExecutionResponseWriter {

        private final RoutingContext ctx;
        private final String mediaType;

        Writer(RoutingContext ctx, String mediaType) {
            this.ctx = ctx;
            this.mediaType = mediaType;
        }

        @Override
        public void write(ExecutionResponse executed) {
            ExecutionResult result = executed.getExecutionResult();
            // no data: the request was refused before execution (parse, validation, variables, limits)
            int status = GRAPHQL_RESPONSE_JSON.equals(mediaType) && !result.isDataPresent() ? 400 : 200;
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                    .end(Buffer.buffer(executed.getExecutionResultAsString().getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public void fail(Throwable failure) {
            ctx.fail(failure);
        }
    }

    /** A request this protocol refuses with 400. */
    private static final class BadRequest extends RuntimeException {

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
