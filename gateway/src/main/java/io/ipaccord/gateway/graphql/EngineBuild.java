package io.ipaccord.gateway.graphql;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands the engine's builder to {@link GraphQLCustomizer} when SmallRye GraphQL builds the engine, once at start.
 * A SmallRye {@link EventingService} (registered in {@code META-INF/services}), not a CDI observer of the builder:
 * CDI events ({@code quarkus.smallrye-graphql.events.enabled}) would also make SmallRye fire a CDI event before and
 * after every field it fetches, and resolve its observers each time (8% of the gateway's CPU for a treaty's 181
 * parties with their states, in a JFR profile). This service has no other callback: every other one is the
 * interface's no-op.
 */
public class EngineBuild implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Arc.container().instance(GraphQLCustomizer.class).get().addInstrumentation(builder);
        return builder;
    }
}
