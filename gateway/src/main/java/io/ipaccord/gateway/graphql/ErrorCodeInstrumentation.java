package io.ipaccord.gateway.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import io.ipaccord.gateway.error.InternalException;

/**
 * Gives every error an {@code extensions.code}. Field errors raised by resolvers carry theirs
 * ({@link io.ipaccord.gateway.error.GatewayException}); this adds one to the errors graphql-java raises itself:
 * syntax and validation errors (including variables that do not fit their types), and failures nobody
 * anticipated (INTERNAL, keeping the hidden message). {@link QueryLimitsInstrumentation} sets its own codes.
 */
public class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    static final String CODE = "code";
    /** The document is not valid GraphQL. */
    static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    /** The document does not match the schema. */
    static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().allMatch(ErrorCodeInstrumentation::hasCode)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodeInstrumentation::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    public static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().get(CODE) != null;
    }

    /** The error, with the code of its kind if it has none. */
    public static GraphQLError withCode(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put(CODE, codeOf(error));
        if (error instanceof ValidationError validation) {
            // rebuilt, not wrapped: SmallRye writes validation errors' details (validationErrorType, queryPath)
            return ValidationError.newValidationError()
                    .validationErrorType(validation.getValidationErrorType())
                    .description(validation.getDescription())
                    .queryPath(validation.getQueryPath())
                    .sourceLocations(validation.getLocations())
                    .extensions(extensions)
                    .build();
        }
        GraphqlErrorBuilder<?> copy = GraphqlErrorBuilder.newError()
                .message("%s", error.getMessage())
                .locations(error.getLocations())
                .errorType(error.getErrorType())
                .extensions(extensions);
        if (error.getPath() != null) {
            copy.path(error.getPath());
        }
        return copy.build();
    }

    static String codeOf(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax) {
            return GRAPHQL_PARSE_FAILED;
        }
        if (type == ErrorType.ValidationError) {
            return GRAPHQL_VALIDATION_FAILED;
        }
        return InternalException.CODE;
    }
}
