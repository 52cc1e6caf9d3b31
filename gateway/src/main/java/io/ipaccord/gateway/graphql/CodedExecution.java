package io.ipaccord.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.schema.model.Schema;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * SmallRye GraphQL's execution, with a code on the errors it answers itself. SmallRye parses a document before
 * graphql-java does and answers one that does not parse (or an empty one) with a bare error of its own, written
 * before any instrumentation runs: no {@code extensions.code} from {@link ErrorCodeInstrumentation}, no location.
 * Such an answer is replaced by graphql-java's syntax error for the same document, with {@code GRAPHQL_PARSE_FAILED}.
 * <p>
 * It is the {@link ExecutionService} every transport looks up (HTTP: {@code SmallRyeGraphQLAbstractHandler}; the
 * graphql-transport-ws and graphql-ws subscriptions: SmallRye's {@code LookupService}), so a subscription whose
 * document does not parse gets the same coded error as a query over HTTP. It is built from the schema SmallRye's own
 * producer bootstrapped at start-up, as that producer builds its own (no trafic log, graphql-java's default execution
 * strategies).
 */
@ApplicationScoped
public class CodedExecution {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    @Unremovable
    ExecutionService executionService(GraphQLSchema graphQLSchema, Schema schema) {
        return new Service(graphQLSchema, schema);
    }

    static final class Service extends ExecutionService {

        Service(GraphQLSchema graphQLSchema, Schema schema) {
            super(graphQLSchema, schema);
        }

        /** Every other {@code execute*} of {@link ExecutionService} comes here. */
        @Override
        public void execute(JsonObject input, Map<String, Object> context, ExecutionResponseWriter writer,
                boolean async) {
            super.execute(input, context, new Writer(writer, query(input)), async);
        }

        private static String query(JsonObject input) {
            return input != null && input.get("query") instanceof JsonString query ? query.getString() : null;
        }
    }

    private record Writer(ExecutionResponseWriter delegate, String query) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse response) {
            delegate.write(withCodes(response, query));
        }

        @Override
        public void fail(Throwable failure) {
            delegate.fail(failure);
        }
    }

    /**
     * The answer, or, when it has no data and an error without a code (SmallRye's own refusal of the document), the
     * document's syntax error with its code and location.
     */
    static ExecutionResponse withCodes(ExecutionResponse answer, String query) {
        ExecutionResult result = answer.getExecutionResult();
        if (result.isDataPresent() || result.getErrors().stream().allMatch(ErrorCodeInstrumentation::hasCode)) {
            return answer;
        }
        List<GraphQLError> errors = new ArrayList<>();
        if (query == null || query.isBlank()) {
            errors.add(syntaxError("The request has no GraphQL document (query)"));
        } else {
            try {
                Parser.parse(query);
                result.getErrors().forEach(error -> errors.add(ErrorCodeInstrumentation.withCode(error)));
            } catch (InvalidSyntaxException syntax) {
                errors.add(ErrorCodeInstrumentation.withCode(syntax.toInvalidSyntaxError()));
            } catch (RuntimeException other) { // e.g. a document over the parser's token limit
                result.getErrors().forEach(error -> errors.add(syntaxError(error.getMessage())));
            }
        }
        return new ExecutionResponse(ExecutionResultImpl.newExecutionResult().errors(errors).build());
    }

    private static GraphQLError syntaxError(String message) {
        return ErrorCodeInstrumentation.withCode(
                GraphqlErrorBuilder.newError().message("%s", message).errorType(ErrorType.InvalidSyntax).build());
    }
}
