package io.ipaccord.gateway.graphql;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * Batching for fields that take arguments, e.g. {@code MemberState.treaties(asOf)}.
 * <p>
 * SmallRye's {@code @Source List<...>} batching calls the method with the arguments of the first item only, so
 * {@code a: treaties(asOf: X) b: treaties(asOf: Y)} on one level would answer both with X. Here the key is the
 * source and its arguments together ({@code K}, a record): the field's method returns {@link #load}'s
 * {@link CompletionStage}, graphql-java collects the keys of a whole level in a {@link DataLoader} registered for
 * this operation, and dispatches them in one call of {@code fetch}, which groups them by argument value
 * ({@link BatchLookup#alignByArgument}). Equal keys are fetched once per operation.
 */
public final class ArgumentBatch {

    private ArgumentBatch() {
    }

    /**
     * Queues {@code key} for the operation-wide loader {@code name}; completes when the level is dispatched.
     *
     * @param fetch the values of many distinct keys, position for position (null where there is none); blocking
     *        calls are fine: it runs on a worker thread
     */
    public static <K, V> CompletionStage<V> load(Context context, String name, K key,
            Function<List<K>, List<V>> fetch) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        BatchLoader<K, V> batch = keys -> Parallel.offload(() -> fetch.apply(keys));
        DataLoader<K, V> loader = environment.getDataLoaderRegistry()
                .computeIfAbsent(name, n -> DataLoaderFactory.newDataLoader(batch));
        return loader.load(key);
    }
}
