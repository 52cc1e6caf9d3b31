package io.ipaccord.gateway.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How big a GraphQL operation may be; larger ones are refused before anything runs. */
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
}
