package io.ipaccord.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * The cost limit on a schema shaped like the gateway's (a treaty's parties, each with its treaty), run by
 * graphql-java alone: lists multiply by their size argument or their documented bound, before anything runs.
 */
class QueryCostTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { treaty(code: ID!): Treaty memberStates(first: Int = 50): Connection
                         memberStatesByCode(codes: [String!]!): [State] tags: [String!] }
            type Treaty { code: String parties: [Membership!] sources: [String!]! }
            type Membership { stateCode: String treaty: Treaty }
            type Connection { nodes: [State!]! }
            type State { code: String events: [Event!] }
            type Event { id: String }
            """), RuntimeWiring.MOCKED_WIRING);

    @Test
    void theTreatyPartiesBombIsRefusedWithItsCost() {
        // 1 treaty + 1 parties + 250 treaty + 250 parties + 250 x 250 stateCode: the query
        ExecutionResult result = run(20_000,
                "{ treaty(code: \"BERNE\") { parties { treaty { parties { stateCode } } } } }", Map.of());

        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")
                    .containsEntry("cost", 63_002L).containsEntry("limit", 20_000L);
            assertThat(error.getMessage()).isEqualTo("The query may complete up to 63002 field values (each list"
                    + " counted at its first/limit argument or its documented upper bound); at most 20000 are allowed");
        });
        assertThat(result.isDataPresent()).isFalse();
    }

    @Test
    void aListWithoutArgumentsCountsItsDocumentedBound() {
        String query = "{ treaty(code: \"BERNE\") { parties { stateCode treaty { code } } } }";

        // 1 treaty + 1 parties + 250 x (stateCode + treaty + code): Treaty.parties is bounded at 250
        assertThat(QueryCost.BOUNDS).containsEntry("Treaty.parties", 250);
        assertThat(run(752, query, Map.of()).getErrors()).isEmpty();
        assertThat(run(751, query, Map.of()).getErrors()).extracting(e -> e.getExtensions().get("cost"))
                .containsExactly(752L);
    }

    @Test
    void aConnectionCountsItsPageSizeForItsNodes() {
        String query = "query($first: Int) { memberStates(first: $first) { nodes { code events { id } } } }";

        // 1 memberStates + 1 nodes + 10 x (code + events) + 10 x 50 ids = 522
        assertThat(run(522, query, Map.of("first", 10)).getErrors()).isEmpty();
        assertThat(run(521, query, Map.of("first", 10)).getErrors()).extracting(e -> e.getExtensions().get("cost"))
                .containsExactly(522L);
        // the schema's default first (50): 1 + 1 + 50 x 2 + 50 x 50 = 2602
        assertThat(run(1_000, query, Map.of()).getErrors()).extracting(e -> e.getExtensions().get("cost"))
                .containsExactly(2_602L);
    }

    @Test
    void aListOfCodesCountsItsLength() {
        // 1 + 3 x (code + events) + 3 x 50 ids = 157
        ExecutionResult result = run(156, "{ memberStatesByCode(codes: [\"CN\", \"FR\", \"DE\"]) { code events { id } } }",
                Map.of());

        assertThat(result.getErrors()).extracting(e -> e.getExtensions().get("cost")).containsExactly(157L);
    }

    @Test
    void listsOfScalarsAndIntrospectionCostNoMore() {
        assertThat(run(3, "{ tags treaty(code: \"X\") { sources } }", Map.of()).getErrors()).isEmpty();
        assertThat(run(1, "{ __schema { types { name fields { name args { name } } } } }", Map.of()).getErrors())
                .isEmpty();
    }

    @Test
    void everyDocumentedBoundIsInItsFieldsSchemaDescription() throws Exception {
        // the committed schema, which SchemaFileTest keeps equal to the served one
        TypeDefinitionRegistry types = new SchemaParser().parse(Files.readString(Path.of("schema.graphql")));

        QueryCost.BOUNDS.forEach((field, bound) -> {
            String[] typeAndField = field.split("\\.");
            ObjectTypeDefinition type = types.getType(typeAndField[0], ObjectTypeDefinition.class).orElseThrow();
            FieldDefinition definition = type.getFieldDefinitions().stream()
                    .filter(f -> f.getName().equals(typeAndField[1])).findFirst().orElseThrow();
            assertThat(definition.getDescription().getContent()).as(field).contains("At most " + bound + " (query cost)");
        });
    }

    private static ExecutionResult run(long maxCost, String query, Map<String, Object> variables) {
        QueryLimits limits = new QueryLimitsInstrumentationTest.Limits(15, 500, maxCost, 50, 1_000_000,
                Duration.ofSeconds(5));
        GraphQL graphql = GraphQL.newGraphQL(SCHEMA).instrumentation(new QueryLimitsInstrumentation(limits)).build();
        return graphql.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
    }
}
