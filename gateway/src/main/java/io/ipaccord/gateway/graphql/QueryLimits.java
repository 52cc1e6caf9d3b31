package io.ipaccord.gateway.graphql;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How big a GraphQL operation may be and how long it may run. Depth, fields and cost are checked before anything
 * runs ({@link QueryLimitsInstrumentation}); the result size and the deadline while it runs
 * ({@link QueryBudgetInstrumentation}).
 */
@ConfigMapping(prefix = "ipaccord.gateway.query")
public interface QueryLimits {

    /**
     * Deepest field nesting, root fields being depth 1. 15 is the depth of GraphiQL's introspection query (its type
     * references nest nine levels), so the GraphQL UI keeps working.
     */
    @WithDefault("15")
    int maxDepth();

    /** Most fields an operation may select, counting every alias and every use of a fragment. */
    @WithDefault("500")
    int maxFields();

    /**
     * Most field values an operation may complete, estimated before it runs ({@link QueryCost}): each field counts
     * once per object it is selected on, and a list holds as many objects as its {@code first}/{@code limit}
     * argument, its {@code codes} argument's length or else its documented upper bound ({@link QueryCost#BOUNDS}).
     * Below the issue-11 bomb (63,002); above the largest queries the tests and the README send (all 194 states
     * with their treaties, each with its treaty: about 48,500). Introspection costs nothing.
     */
    @WithDefault("50000")
    long maxCost();

    /** Upper bound of a list of objects that has no argument and no bound of its own in {@link QueryCost#BOUNDS}. */
    @WithDefault("20")
    int defaultListSize();

    /**
     * Most field values an operation may actually complete (counted as it runs): a backstop should a list exceed its
     * documented bound. Past it, fields are null and one {@code RESULT_TOO_LARGE} error says where it stopped.
     */
    @WithDefault("50000")
    long maxResultFields();

    /**
     * How long an operation may run. Past it, no field starts, fields still waiting for a backend are given up, and
     * the answer is the data resolved so far with one {@code TIMEOUT} error. Longer than one backend call may take
     * ({@code ipaccord.gateway.backend.*.timeout}, 4 s), so a single slow backend yields its own
     * {@code UNAVAILABLE} first, and than a level of calls after it on a loaded machine.
     */
    @WithDefault("10s")
    Duration deadline();
}
