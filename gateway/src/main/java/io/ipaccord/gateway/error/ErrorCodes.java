package io.ipaccord.gateway.error;

/** Every {@code extensions.code} the gateway reports; clients switch on these. */
public final class ErrorCodes {

    /** The thing named does not exist (mutations; queries answer null instead). */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** The input was refused; {@code extensions.fields} names the offending input fields. */
    public static final String VALIDATION = "VALIDATION";
    /** The change clashes with the current state, e.g. a code that is already registered. */
    public static final String CONFLICT = "CONFLICT";
    /** A backend service is down, too slow, failing or shed by its circuit breaker; retrying later may work. */
    public static final String UNAVAILABLE = "UNAVAILABLE";
    /** A bug: the gateway or a backend failed in a way the client cannot fix. */
    public static final String INTERNAL = "INTERNAL";
    /** The document is not valid GraphQL or does not match the schema. */
    public static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    /** The operation nests deeper than {@code ipaccord.gateway.query.max-depth}; nothing was run. */
    public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    /** The operation selects more fields than {@code ipaccord.gateway.query.max-fields}; nothing was run. */
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

    private ErrorCodes() {
    }
}
