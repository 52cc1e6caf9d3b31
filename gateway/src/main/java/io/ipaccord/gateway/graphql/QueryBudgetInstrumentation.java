package io.ipaccord.gateway.graphql;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.ipaccord.gateway.backend.Deadline;

/**
 * Bounds an operation while it runs, where {@link QueryLimitsInstrumentation} bounded it before: its deadline
 * ({@link QueryLimits#deadline()}) and the number of field values it completes ({@link QueryLimits#maxResultFields()}).
 * Every field fetch is counted; the fetchers that may call a backend (all but graphql-java's trivial property reads)
 * are held. Past the deadline none of them starts, and one still waiting for a backend is given
 * up (its future cancelled, its late answer dropped), and no backend call attempt starts ({@link Deadline}); past
 * the result size no fetch starts either. Those fields are
 * null; the first of them carries the one error ({@code TIMEOUT} or {@code RESULT_TOO_LARGE}, with its path), and
 * everything resolved before stays in the answer.
 */
public class QueryBudgetInstrumentation extends SimplePerformantInstrumentation {

    /** The operation ran past its deadline; what was resolved by then is in the answer. */
    static final String TIMEOUT = "TIMEOUT";
    /** The operation completed more values than allowed; what was resolved by then is in the answer. */
    static final String RESULT_TOO_LARGE = "RESULT_TOO_LARGE";

    private final QueryLimits limits;

    public QueryBudgetInstrumentation(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Budget(System.nanoTime() + limits.deadline().toNanos());
    }

    /** A subscription runs as long as its client stays: its events' fields are not held to a deadline. */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (state instanceof Budget budget) {
            if (parameters.getExecutionContext().getOperationDefinition().getOperation()
                    == OperationDefinition.Operation.SUBSCRIPTION) {
                budget.subscription = true;
            } else {
                Deadline.set(budget.deadline); // the backend calls start no attempt past it
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        // A trivial fetcher reads a property of an object already fetched: cheap, and stopping it would null non-null
        // fields of objects that arrived in time. The fetchers that may call a backend are the ones held.
        if (!(state instanceof Budget budget) || budget.subscription || parameters.isTrivialDataFetcher()) {
            if (state instanceof Budget counted && !counted.subscription) {
                return environment -> {
                    counted.fields.incrementAndGet();
                    return fetcher.get(environment);
                };
            }
            return fetcher;
        }
        return environment -> {
            if (budget.fields.incrementAndGet() > limits.maxResultFields()) {
                return budget.stop(environment, RESULT_TOO_LARGE, "The answer reached " + limits.maxResultFields()
                        + " field values, the most allowed; fields past that point are null");
            }
            long left = budget.deadline - System.nanoTime();
            if (left <= 0) {
                return budget.stop(environment, TIMEOUT, timeoutMessage());
            }
            Object value = fetcher.get(environment);
            if (value instanceof CompletionStage<?> stage) {
                return within(stage.toCompletableFuture(), left, budget, environment);
            }
            return value;
        };
    }

    /** {@code pending}'s value, or null with the deadline's error when it is not there in {@code left} ns. */
    private CompletableFuture<Object> within(CompletableFuture<?> pending, long left, Budget budget,
            DataFetchingEnvironment environment) {
        if (pending.isDone()) {
            return pending.thenApply(value -> value);
        }
        CompletableFuture<Object> answer = new CompletableFuture<>();
        ScheduledFuture<?> timeout = Deadline.schedule(() -> {
            if (answer.complete(budget.stop(environment, TIMEOUT, timeoutMessage()))) {
                pending.cancel(true);
            }
        }, left);
        pending.whenComplete((value, failure) -> {
            timeout.cancel(false);
            if (failure == null) {
                answer.complete(value);
            } else {
                answer.completeExceptionally(failure instanceof CompletionException wrapped && wrapped.getCause() != null
                        ? wrapped.getCause() : failure);
            }
        });
        return answer;
    }

    private String timeoutMessage() {
        Duration deadline = limits.deadline();
        return "The query ran past its deadline of " + deadline.toMillis() + " ms; fields not resolved by then are null";
    }

    /** One operation's deadline, the values it completed, and whether its one budget error was reported. */
    static final class Budget implements InstrumentationState {

        final long deadline;
        final AtomicLong fields = new AtomicLong();
        volatile boolean subscription;
        private final AtomicBoolean reported = new AtomicBoolean();

        Budget(long deadline) {
            this.deadline = deadline;
        }

        /** A null value, with the error if it is the first field stopped. */
        DataFetcherResult<Object> stop(DataFetchingEnvironment environment, String code, String message) {
            DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult().data(null);
            if (reported.compareAndSet(false, true)) {
                GraphQLError error = GraphqlErrorBuilder.newError(environment)
                        .message("%s", message)
                        .extensions(Map.of("code", code))
                        .build();
                result.error(error);
            }
            return result.build();
        }
    }
}
