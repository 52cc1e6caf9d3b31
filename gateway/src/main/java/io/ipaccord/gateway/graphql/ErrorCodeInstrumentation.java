package io.ipaccord.gateway.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        if (result.getErrors().stream().allMatch(e -> hasCode(e) && !namesInternals(e))) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodeInstrumentation::withCode)
                .map(ErrorCodeInstrumentation::readable).toList();
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
        return rebuilt(error, error instanceof ValidationError validation ? validation.getDescription()
                : error.getMessage(), extensions);
    }

    /**
     * {@code error} with another text (a validation error's description, else its message) and extensions; rebuilt,
     * not wrapped: SmallRye writes validation errors' details (validationErrorType, queryPath).
     */
    private static GraphQLError rebuilt(GraphQLError error, String text, Map<String, Object> extensions) {
        if (error instanceof ValidationError validation) {
            return ValidationError.newValidationError()
                    .validationErrorType(validation.getValidationErrorType())
                    .description(text)
                    .queryPath(validation.getQueryPath())
                    .sourceLocations(validation.getLocations())
                    .extensions(extensions)
                    .build();
        }
        GraphqlErrorBuilder<?> copy = GraphqlErrorBuilder.newError()
                .message("%s", text)
                .locations(error.getLocations())
                .errorType(error.getErrorType())
                .extensions(extensions);
        if (error.getPath() != null) {
            copy.path(error.getPath());
        }
        return copy.build();
    }

    /**
     * graphql-java's message for an input value that cannot be coerced echoes the raw value and names the input
     * type by its Java class ({@code argument 'input' with value 'StringValue{...}' is not a valid 'Unknown Scalar
     * Type [io.ipaccord...RegisterMemberStateInput]'}), e.g. for a date that does not exist.
     */
    private static final Pattern NOT_A_VALID = Pattern.compile(
            "argument '([^']*)' with value '.*' is not a valid '(?:Unknown Scalar Type \\[)?(?:[\\w$]+\\.)*([\\w$]+)\\]?'.*",
            Pattern.DOTALL);

    private static boolean namesInternals(GraphQLError error) {
        return error.getMessage() != null && NOT_A_VALID.matcher(error.getMessage()).matches();
    }

    /** The error in words for clients: the argument and the GraphQL type at fault, no Java class, no echo. */
    static GraphQLError readable(GraphQLError error) {
        Matcher coercion = NOT_A_VALID.matcher(error.getMessage() == null ? "" : error.getMessage());
        if (!coercion.matches()) {
            return error;
        }
        String message = "Argument '" + coercion.group(1) + "' is not a valid " + coercion.group(2)
                + ": a value does not have its field's type (a Date is an existing day written YYYY-MM-DD)";
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions() == null ? Map.of()
                : error.getExtensions());
        extensions.remove("description");
        return rebuilt(error, message, extensions);
    }

    static String codeOf(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type != null && "BadFaithIntrospection".equals(type.toString())) {
            // graphql-java's guard against introspection bombs: a query refused for its size, before it runs.
            return QueryLimitsInstrumentation.QUERY_TOO_COMPLEX;
        }
        if (type == ErrorType.InvalidSyntax) {
            return GRAPHQL_PARSE_FAILED;
        }
        if (type == ErrorType.ValidationError) {
            return GRAPHQL_VALIDATION_FAILED;
        }
        return InternalException.CODE;
    }
}
