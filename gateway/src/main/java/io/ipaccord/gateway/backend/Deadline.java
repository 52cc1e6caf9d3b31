package io.ipaccord.gateway.backend;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;

/**
 * When the GraphQL operation being served must be done ({@code ipaccord.gateway.query.deadline}), for the backend
 * calls it makes: kept on the request's Vert.x (duplicated) context, which the worker threads running its resolvers
 * share. {@link Backend} starts no attempt, first or retry, past it, and an attempt still waiting for its answer when
 * the deadline passes is cut off there ({@link #cutOff}): its thread is interrupted, which ends the REST client's
 * wait, rather than left blocked until its own timeout. Calls made outside a request's context (a plain thread pool)
 * have no deadline.
 */
public final class Deadline {

    private static final String KEY = "ipaccord.gateway.deadline";
    /** Interrupts the calls still waiting at their deadline: one daemon thread, each task a few microseconds. */
    private static final ScheduledExecutorService CUTTER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "gateway-deadline");
        thread.setDaemon(true);
        return thread;
    });

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
        return remainingNanos() <= 0;
    }

    /** Nanoseconds to the current operation's deadline (negative once passed); {@link Long#MAX_VALUE} without one. */
    static long remainingNanos() {
        if (!VertxContext.isOnDuplicatedContext()) {
            return Long.MAX_VALUE;
        }
        Long deadline = ContextLocals.<Long>get(KEY).orElse(null);
        return deadline == null ? Long.MAX_VALUE : deadline - System.nanoTime();
    }

    /**
     * Runs {@code call} on this thread; if the deadline passes while it runs, interrupts it there and throws
     * {@code late} instead of what the interrupted call threw. Leaves the thread's interrupt flag as it found it.
     * {@code unless}: the call's own time limit, in nanoseconds; a deadline further away than it is not watched.
     */
    static <T> T cutOff(Supplier<T> call, long unless, Supplier<? extends RuntimeException> late) {
        long remaining = remainingNanos();
        if (remaining <= 0) {
            throw late.get();
        }
        if (remaining >= unless) {
            return call.get();
        }
        boolean interruptedBefore = Thread.currentThread().isInterrupted();
        Cut cut = new Cut(Thread.currentThread());
        cut.task = CUTTER.schedule(cut::fire, remaining, TimeUnit.NANOSECONDS);
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (cut.fired()) {
                throw late.get();
            }
            throw e;
        } finally {
            if (cut.end() && !interruptedBefore) {
                Thread.interrupted(); // the interrupt was ours, for this call only
            }
        }
    }

    /** One watched call: its thread is interrupted at most once, and never after the call has ended. */
    private static final class Cut {

        private final Thread thread;
        private ScheduledFuture<?> task;
        private boolean fired;
        private boolean ended;

        Cut(Thread thread) {
            this.thread = thread;
        }

        synchronized void fire() {
            if (!ended) {
                fired = true;
                thread.interrupt();
            }
        }

        synchronized boolean fired() {
            return fired;
        }

        /** @return whether the thread was interrupted for this call */
        synchronized boolean end() {
            ended = true;
            task.cancel(false);
            return fired;
        }
    }
}
