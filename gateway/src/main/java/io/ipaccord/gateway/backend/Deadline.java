package io.ipaccord.gateway.backend;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;

/**
 * When the GraphQL operation being served must be done ({@code ipaccord.gateway.query.deadline}), for the backend
 * calls it makes: kept on the request's Vert.x (duplicated) context, which the worker threads running its resolvers
 * share. {@link Backend} starts no attempt, first or retry, past it. Calls made outside a request's context (a
 * plain thread pool) have no deadline.
 */
public final class Deadline {

    private static final String KEY = "ipaccord.gateway.deadline";

    private Deadline() {
    }

    /** Sets the operation's deadline, a {@link System#nanoTime()} value; nothing outside a request's context. */
    public static void set(long nanoTime) {
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(KEY, nanoTime);
        }
    }

    /** Whether the current operation's deadline has passed; false without one. */
    static boolean passed() {
        if (!VertxContext.isOnDuplicatedContext()) {
            return false;
        }
        Long deadline = ContextLocals.<Long>get(KEY).orElse(null);
        return deadline != null && deadline - System.nanoTime() <= 0;
    }
}
