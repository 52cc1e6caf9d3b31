package io.ipaccord.gateway.graphql;

import java.util.Map;

import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;

/**
 * Refuses operations deeper, wider or costlier ({@link QueryCost}) than {@link QueryLimits}. Measured on graphql-java's normalized operation,
 * which expands every fragment spread where it is used: graphql-java's own MaxQueryDepth/Complexity
 * instrumentations (SmallRye's {@code instrumentation-query-*} settings) visit a fragment once however often it is
 * spread, so repeating a fragment under aliases slips past them (graphql-java issue 1695).
 */
public class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    /** The operation nests deeper than {@link QueryLimits#maxDepth()}; nothing was run. */
    static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    /**
     * The operation selects more fields than {@link QueryLimits#maxFields()}, or may complete more values than
     * {@link QueryLimits#maxCost()} ({@code extensions.cost}, {@code extensions.limit}); nothing was run.
     */
    static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

    private final QueryLimits limits;

    public QueryLimitsInstrumentation(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        ExecutableNormalizedOperation operation;
        try {
            // Stops counting past the limit, so an enormous document costs no more than an allowed one.
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
                    context.getGraphQLSchema(), context.getOperationDefinition(), context.getFragmentsByName(),
                    context.getCoercedVariables(),
                    ExecutableNormalizedOperationFactory.Options.defaultOptions()
                            .maxFieldsCount(limits.maxFields())
                            .maxChildrenDepth(limits.maxFields()));
        } catch (AbortExecutionException tooMany) {
            throw new QueryLimitExceeded(QUERY_TOO_COMPLEX,
                    "The query selects more than " + limits.maxFields() + " fields (aliases and fragment uses"
                            + " count each time)", Map.of("limit", (long) limits.maxFields()));
        }
        if (operation.getOperationDepth() > limits.maxDepth()) {
            throw new QueryLimitExceeded(QUERY_TOO_DEEP,
                    "The query nests " + operation.getOperationDepth() + " levels deep; at most "
                            + limits.maxDepth() + " are allowed", Map.of("limit", (long) limits.maxDepth()));
        }
        long cost = new QueryCost(context.getGraphQLSchema(), limits.defaultListSize()).of(operation);
        if (cost > limits.maxCost()) {
            throw new QueryLimitExceeded(QUERY_TOO_COMPLEX,
                    "The query may complete " + (cost == Long.MAX_VALUE ? "too many" : "up to " + cost)
                            + " field values (each list counted at its first/limit argument or its documented"
                            + " upper bound); at most " + limits.maxCost() + " are allowed",
                    Map.of("cost", cost, "limit", limits.maxCost()));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** graphql-java answers an abort with this error alone, no data; the code travels in its extensions. */
    static final class QueryLimitExceeded extends AbortExecutionException {

        private final Map<String, Object> extensions;

        QueryLimitExceeded(String code, String message, Map<String, Long> details) {
            super(message);
            Map<String, Object> all = new java.util.LinkedHashMap<>(details);
            all.put("code", code);
            this.extensions = Map.copyOf(all);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }
    }
}
