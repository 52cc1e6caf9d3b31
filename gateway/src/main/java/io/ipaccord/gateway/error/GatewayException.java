package io.ipaccord.gateway.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.smallrye.graphql.api.ErrorCode;

/**
 * An error a client should see: its message is shown (see {@code show-runtime-exception-message}), its
 * {@code extensions.code} comes from the {@link io.smallrye.graphql.api.ErrorCode} of the concrete class, and
 * {@link #getExtensions()} adds details. Being a {@link GraphQLError} is how graphql-java copies those details into
 * the error it reports on the failing field's path.
 */
public abstract class GatewayException extends RuntimeException implements GraphQLError {

    protected GatewayException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The value of {@code extensions.code}: the concrete class's {@code @ErrorCode}, the one place it is named. */
    public final String code() {
        return getClass().getAnnotation(ErrorCode.class).value();
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null; // the field's location is added by graphql-java
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }

    /**
     * {@code code} plus {@link #details()}. SmallRye writes any value that is neither a map nor a
     * {@link jakarta.json.JsonValue} with {@code toString()}, so lists must be JSON arrays.
     */
    @Override
    public final Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>(details());
        extensions.put("code", code());
        return extensions;
    }

    /** Extensions beyond the code. */
    protected Map<String, Object> details() {
        return Map.of();
    }
}
