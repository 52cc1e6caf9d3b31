package io.ipaccord.gateway.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation may cost before it runs: the number of field values it can complete, multiplied through every
 * list it selects. A field counts once per object it is selected on; a list of objects holds, in this order of
 * precedence:
 * <ol>
 * <li>its {@code first} or {@code limit} argument (as given or defaulted; a connection's {@code edges} and
 * {@code nodes} take their connection field's);</li>
 * <li>the length of its {@code codes} argument ({@code memberStatesByCode}, {@code parties});</li>
 * <li>its documented upper bound, {@link #BOUNDS} (each also said in the field's schema description);</li>
 * <li>else {@link QueryLimits#defaultListSize()}.</li>
 * </ol>
 * Introspection ({@code __schema}, {@code __type}) costs nothing: graphql-java answers it from the schema, whose
 * size bounds it. {@code { treaty(code:"BERNE") { parties { treaty { parties { stateCode } } } } }} thus costs
 * 1 + 1 + 250 + 250 + 62,500 = 63,002 (treaty, parties, 250 treaty, 250 parties, 62,500 stateCode).
 */
public final class QueryCost {

    /**
     * Upper bounds of the lists of objects that have no size argument, by {@code Type.field}, from the real data
     * ({@code shared/data}, the seed): a treaty has at most 199 possible parties (194 states, 5 organisations;
     * WIPO Convention: 194), a list of treaties at most the 31 on record (a party's: 26 at most), a treaty at most 244
     * instruments on record;
     * a consistency report has one group per discrepancy reason (16), the largest with 172 parties; a state is
     * listed at up to 99 meetings. A list that exceeds its bound makes the estimate low, not the answer unbounded:
     * {@link QueryLimits#maxResultFields()} still holds.
     */
    public static final Map<String, Integer> BOUNDS = Map.ofEntries(
            Map.entry("Treaty.parties", 250),
            Map.entry("Treaty.instruments", 500),
            Map.entry("Treaty.acts", 10),
            Map.entry("MemberState.treaties", 31),
            Map.entry("Organisation.treaties", 31),
            Map.entry("Query.treaties", 31),
            Map.entry("Query.organisations", 20),
            Map.entry("Query.attendedNotAt", 250),
            Map.entry("Query.timeline", 500),
            Map.entry("Event.participants", 250),
            Map.entry("Event.relatedStates", 250),
            Map.entry("Event.relatedTreaties", 31),
            Map.entry("MemberState.events", 100),
            Map.entry("Treaty.events", 100),
            Map.entry("ConsistencyReport.treaties", 31),
            Map.entry("ConsistencyReport.reasons", 16),
            Map.entry("ConsistencySummary.byReason", 16),
            Map.entry("DiscrepancyGroup.parties", 250));

    private static final List<String> SIZE_ARGUMENTS = List.of("first", "limit");
    private static final String CODES = "codes";

    private final GraphQLSchema schema;
    private final int defaultListSize;

    public QueryCost(GraphQLSchema schema, int defaultListSize) {
        this.schema = schema;
        this.defaultListSize = defaultListSize;
    }

    /**
     * The operation's cost ({@link Long#MAX_VALUE} if it overflows). One walk of the normalized operation, whose
     * fields {@link QueryLimits#maxFields()} bounds.
     */
    public long of(ExecutableNormalizedOperation operation) {
        long total = 0;
        for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
            total = saturatingAdd(total, cost(root, 1, null));
        }
        return total;
    }

    /**
     * The values {@code field} and its selection complete when it is selected on {@code instances} objects;
     * {@code page} is the enclosing connection's page size, for its {@code edges} and {@code nodes}.
     */
    private long cost(ExecutableNormalizedField field, long instances, Integer page) {
        if (field.getName().startsWith("__")) {
            return 0;
        }
        long total = instances;
        Integer size = sizeArgument(field);
        long items = instances;
        if (isList(field)) {
            items = saturatingMultiply(instances, size != null ? size : page != null ? page : bound(field));
            size = null;
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            total = saturatingAdd(total, cost(child, items, size));
        }
        return total;
    }

    private Integer sizeArgument(ExecutableNormalizedField field) {
        Map<String, Object> arguments = field.getResolvedArguments();
        for (String name : SIZE_ARGUMENTS) {
            if (arguments.get(name) instanceof Number number) {
                return Math.max(0, number.intValue());
            }
        }
        if (arguments.get(CODES) instanceof Collection<?> codes) {
            return codes.size();
        }
        return null;
    }

    private boolean isList(ExecutableNormalizedField field) {
        for (GraphQLFieldDefinition definition : field.getFieldDefinitions(schema)) {
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
            if (type instanceof GraphQLList) {
                return true;
            }
        }
        return false;
    }

    private int bound(ExecutableNormalizedField field) {
        int bound = -1;
        for (String type : field.getObjectTypeNames()) {
            Integer known = BOUNDS.get(type + "." + field.getName());
            if (known != null) {
                bound = Math.max(bound, known);
            }
        }
        return bound >= 0 ? bound : defaultListSize;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatingMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
