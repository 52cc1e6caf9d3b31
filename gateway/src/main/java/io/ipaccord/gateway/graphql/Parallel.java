package io.ipaccord.gateway.graphql;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;

/**
 * Independent blocking backend calls of one resolver run side by side on the worker pool, so a field that needs
 * several services (timeline, search) takes as long as the slowest call, not their sum.
 * <p>
 * Such a resolver returns {@link #offload}'s {@link CompletionStage}: SmallRye then types {@code List<@NonNull X>}
 * as {@code [X!]} (nullable list, so a failure nulls the field alone), where a plain {@code List<@NonNull X>}
 * return type becomes {@code [X!]!}.
 */
public final class Parallel {

    private Parallel() {
    }

    public static <T> CompletableFuture<T> start(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, Infrastructure.getDefaultWorkerPool());
    }

    /** The call's result; what it threw is rethrown as is, so GraphQL errors keep their code. */
    public static <T> T await(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Runs a blocking resolver body off the event loop, on the caller's Vert.x context's worker, and completes there:
     * graphql-java then completes the objects the body returned on that worker too, not on the event loop (a level
     * of thousands of objects completed on an event loop stalls every other request it serves). Off an event loop
     * it runs in place.
     */
    public static <T> CompletionStage<T> offload(Callable<T> body) {
        io.vertx.core.Context vertx = Vertx.currentContext();
        if (vertx != null && io.vertx.core.Context.isOnEventLoopThread()) {
            CompletableFuture<T> answer = new CompletableFuture<>();
            vertx.executeBlocking(() -> {
                try {
                    answer.complete(body.call());
                } catch (Exception | Error e) {
                    answer.completeExceptionally(e);
                }
                return null;
            }, false);
            return answer;
        }
        try {
            return CompletableFuture.completedFuture(body.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
