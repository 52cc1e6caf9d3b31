package io.ipaccord.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** The limits on a small recursive schema, run by graphql-java alone. */
class QueryLimitsInstrumentationTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { node: Node } type Node { name: String child: Node }"),
            RuntimeWiring.MOCKED_WIRING);

    private final GraphQL graphql = GraphQL.newGraphQL(SCHEMA)
            .instrumentation(new QueryLimitsInstrumentation(limits(4, 20)))
            .build();

    @Test
    void allowsAnOperationWithinBothLimits() {
        ExecutionResult result = graphql.execute("{ node { child { child { name } } } }"); // depth 4, 4 fields

        assertThat(result.getErrors()).isEmpty();
    }

    @Test
    void refusesAnOperationTooDeep() {
        ExecutionResult result = graphql.execute("{ node { child { child { child { name } } } } }");

        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).isEqualTo("The query nests 5 levels deep; at most 4 are allowed");
            assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_DEEP");
        });
        assertThat((Object) result.getData()).isNull();
    }

    @Test
    void countsEveryUseOfAFragment() {
        // 7 aliases x 3 fields = 21 fields; a traversal visiting the fragment once would count 7 + 2 = 9
        String aliases = IntStream.rangeClosed(1, 7).mapToObj(i -> "n" + i + ": node { ...f }")
                .collect(Collectors.joining(" "));

        ExecutionResult result = graphql.execute("{ " + aliases + " } fragment f on Node { name child { name } }");

        assertThat(result.getErrors()).extracting(GraphQLError::getExtensions)
                .singleElement().satisfies(ext -> assertThat(ext).containsEntry("code", "QUERY_TOO_COMPLEX"));
    }

    @Test
    void fragmentsAreDeepWhereTheyAreSpread() {
        ExecutionResult result = graphql.execute(
                "{ node { ...f } deep: node { child { child { ...f } } } } fragment f on Node { child { name } }");

        assertThat(result.getErrors()).extracting(e -> e.getExtensions().get("code")).containsExactly("QUERY_TOO_DEEP");
    }

    private static QueryLimits limits(int depth, int fields) {
        return new Limits(depth, fields, 1_000_000, 50, 1_000_000, Duration.ofSeconds(5));
    }

    /** The limits as a test sets them. */
    record Limits(int maxDepth, int maxFields, long maxCost, int defaultListSize, long maxResultFields,
            Duration deadline) implements QueryLimits {
    }
}
