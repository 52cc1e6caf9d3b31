package io.ipaccord.gateway.graphql;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Adds the gateway's instrumentation ({@link QueryLimitsInstrumentation}, {@link QueryBudgetInstrumentation},
 * {@link ErrorCodeInstrumentation}, {@link ErrorMetricsInstrumentation}) to the engine SmallRye GraphQL builds, which
 * hands it the builder through {@link EngineBuild}. SmallRye has already set its own instrumentation there
 * (its query cache) and the builder has no getter for it, hence the field read. Should a graphql-java upgrade
 * rename that field, the limits and codes still apply; only the parsed-query cache is lost (logged).
 */
@ApplicationScoped
@Unremovable // looked up by EngineBuild, injected nowhere
public class GraphQLCustomizer {

    private static final Logger LOG = Logger.getLogger(GraphQLCustomizer.class);

    @Inject QueryLimits limits;
    @Inject MeterRegistry registry;

    void addInstrumentation(GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        smallRyeInstrumentation(builder).ifPresent(chain::add);
        chain.add(new QueryLimitsInstrumentation(limits));
        chain.add(new QueryBudgetInstrumentation(limits));
        chain.add(new ErrorCodeInstrumentation());
        chain.add(new ErrorMetricsInstrumentation(registry));
        builder.instrumentation(new ChainedInstrumentation(chain));
    }

    private static java.util.Optional<Instrumentation> smallRyeInstrumentation(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            return java.util.Optional.ofNullable((Instrumentation) field.get(builder));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("SmallRye GraphQL's instrumentation is replaced, not extended; parsed queries will not be"
                    + " cached (%s)", e.toString());
            return java.util.Optional.empty();
        }
    }
}
