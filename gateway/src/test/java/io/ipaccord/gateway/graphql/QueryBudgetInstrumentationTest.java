package io.ipaccord.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import io.ipaccord.gateway.backend.Deadline;

/** The deadline and the result size, on a schema with a slow field, run by graphql-java alone. */
class QueryBudgetInstrumentationTest {

    /** Never completes by itself: a backend that does not answer. */
    private final CompletableFuture<String> hanging = new CompletableFuture<>();

    private final GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { fast: String slow: String items: [Item!] } type Item { n: Int }"),
            RuntimeWiring.newRuntimeWiring().type(TypeRuntimeWiring.newTypeWiring("Query")
                    .dataFetcher("fast", env -> "here")
                    .dataFetcher("slow", (DataFetcher<CompletableFuture<String>>) env -> hanging)
                    .dataFetcher("items", env -> IntStream.range(0, 100).mapToObj(n -> Map.of("n", n)).toList()))
                    // not a trivial property read: a fetcher of its own, as a field that asks a backend
                    .type(TypeRuntimeWiring.newTypeWiring("Item").dataFetcher("n",
                            env -> env.<Map<String, Object>>getSource().get("n")))
                    .build());

    @Test
    void aFieldPastTheDeadlineIsNullWithATimeoutAndItsCallIsCancelled() {
        long started = System.nanoTime();

        ExecutionResult result = graphql(Duration.ofMillis(300), 1_000).execute("{ fast slow }");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        Map<String, Object> data = result.getData();
        assertThat(data).containsEntry("fast", "here").containsEntry("slow", null);
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT");
            assertThat(error.getPath()).isEqualTo(List.of("slow"));
            assertThat(error.getMessage()).isEqualTo(
                    "The query ran past its deadline of 300 ms; fields not resolved by then are null");
        });
        assertThat(hanging).isCancelled();
    }

    @Test
    void anAnswerPastTheResultSizeStopsWithOneError() {
        ExecutionResult result = graphql(Duration.ofSeconds(5), 51).execute("{ items { n } }"); // 1 + 100 values

        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "RESULT_TOO_LARGE"));
        Map<String, List<Map<String, Object>>> data = result.getData();
        assertThat(data.get("items")).hasSize(100);
        assertThat(data.get("items").get(49)).containsEntry("n", 49);
        assertThat(data.get("items").get(50)).containsEntry("n", null);
    }

    @Test
    void propertiesOfObjectsFetchedInTimeAreStillRead() {
        GraphQLSchema properties = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { items: [Item!] } type Item { n: Int! }"),
                RuntimeWiring.newRuntimeWiring().type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("items", env -> IntStream.range(0, 100).mapToObj(n -> Map.of("n", n)).toList()))
                        .build());
        QueryLimits limits = new QueryLimitsInstrumentationTest.Limits(15, 500, 1_000_000, 50, 10, Duration.ofSeconds(5));

        ExecutionResult result = GraphQL.newGraphQL(properties).instrumentation(new QueryBudgetInstrumentation(limits))
                .build().execute("{ items { n } }");

        assertThat(result.getErrors()).isEmpty(); // n is non-null: a null there would bubble up, error after error
        Map<String, List<Map<String, Object>>> data = result.getData();
        assertThat(data.get("items")).hasSize(100).last().isEqualTo(Map.of("n", 99));
    }

    @Test
    void anOperationWithinBothIsUntouched() throws Exception {
        hanging.completeOnTimeout("late", 50, TimeUnit.MILLISECONDS);

        ExecutionResult result = graphql(Duration.ofSeconds(5), 1_000).execute("{ fast slow items { n } }");

        assertThat(result.getErrors()).isEmpty();
        Map<String, Object> data = result.getData();
        assertThat(data).containsEntry("slow", "late");
    }

    @Test
    void aFieldAnsweredInTimeLeavesNoTimerAndStartsNoThread() {
        ExecutorService backend = Executors.newFixedThreadPool(2);
        try {
            GraphQLSchema later = new SchemaGenerator().makeExecutableSchema(
                    new SchemaParser().parse("type Query { later: String }"),
                    RuntimeWiring.newRuntimeWiring().type(TypeRuntimeWiring.newTypeWiring("Query").dataFetcher("later",
                            env -> CompletableFuture.supplyAsync(() -> "here", backend))).build());
            QueryLimits limits = new QueryLimitsInstrumentationTest.Limits(15, 500, 1_000_000, 50, 1_000,
                    Duration.ofMillis(200));
            GraphQL graphql = GraphQL.newGraphQL(later).instrumentation(new QueryBudgetInstrumentation(limits)).build();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long startedBefore = threads.getTotalStartedThreadCount();

            for (int i = 0; i < 200; i++) {
                ExecutionResult result = graphql.execute("{ later }");
                assertThat(result.getErrors()).isEmpty();
                assertThat(result.<Map<String, Object>>getData()).containsEntry("later", "here");
            }

            // Each field's deadline timer went with its answer, not at its deadline ...
            assertThat(Deadline.scheduled()).isZero();
            // ... and past those deadlines no thread is started for them (a CompletableFuture.delayedExecutor on a
            // machine of two cores or fewer starts one per task).
            await("no thread started per field").during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> threads.getTotalStartedThreadCount() - startedBefore < 20);
        } finally {
            backend.shutdownNow();
        }
    }

    private GraphQL graphql(Duration deadline, long maxResultFields) {
        QueryLimits limits = new QueryLimitsInstrumentationTest.Limits(15, 500, 1_000_000, 50, maxResultFields,
                deadline);
        return GraphQL.newGraphQL(schema).instrumentation(new QueryBudgetInstrumentation(limits)).build();
    }
}
