package io.ipaccord.gateway.graphql;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.ipaccord.gateway.error.InternalException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts GraphQL operations ({@code ipaccord_gateway_graphql_operations_total}) and the errors they answer by
 * {@code extensions.code} ({@code ipaccord_gateway_graphql_errors_total{code=...}}): an error answers HTTP 200, so
 * the HTTP server's 5xx count never sees it. The GraphQL error-rate alert of deploy/k8s/components/monitoring divides
 * the two.
 */
class ErrorMetricsInstrumentation extends SimplePerformantInstrumentation {

    private final MeterRegistry registry;
    private final Counter operations;

    ErrorMetricsInstrumentation(MeterRegistry registry) {
        this.registry = registry;
        this.operations = Counter.builder("ipaccord.gateway.graphql.operations")
                .description("GraphQL operations executed (queries, mutations, subscriptions)").register(registry);
        // present from the start, so a rate exists before the first error
        error(InternalException.CODE);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        operations.increment();
        for (GraphQLError error : result.getErrors()) {
            error(ErrorCodeInstrumentation.hasCode(error)
                    ? String.valueOf(error.getExtensions().get(ErrorCodeInstrumentation.CODE))
                    : ErrorCodeInstrumentation.codeOf(error)).increment();
        }
        return CompletableFuture.completedFuture(result);
    }

    private Counter error(String code) {
        return Counter.builder("ipaccord.gateway.graphql.errors").tag("code", code)
                .description("Errors in GraphQL answers, by extensions.code").register(registry);
    }
}
