package io.ipaccord.gateway.backend;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jboss.resteasy.reactive.client.impl.RestClientRequestContext;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.http.HttpClientRequest;

/**
 * When the GraphQL operation being served must be done ({@code ipaccord.gateway.query.deadline}), for the backend
 * calls it makes: kept on the request's Vert.x (duplicated) context, which the worker threads running its resolvers
 * share. {@link Backend} starts no attempt, first or retry, past it, and an attempt still waiting for its answer when
 * the deadline passes is cut off there ({@link #cutOff}): its HTTP request is reset (the connection closed, so the
 * backend is not left answering nobody) and its thread interrupted, which ends the REST client's wait, rather than
 * left blocked until its own timeout. Calls made outside a request's context (a plain thread pool)
 * have no deadline.
 */
public final class Deadline {

    private static final String KEY = "ipaccord.gateway.deadline";
    /**
     * Runs what is due at a deadline: one daemon thread, each task a few microseconds. A task cancelled (its call or
     * field done in time, nearly always) leaves the queue at once, so nothing it holds waits there for the deadline.
     */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    /** The call {@link #cutOff} watches on this thread, if any. */
    private static final ThreadLocal<Cut> WATCHED = new ThreadLocal<>();

    private Deadline() {
    }

    /**
     * Runs {@code task} on the deadline thread in {@code nanos} ns; it must be short. Cancel the returned future once it
     * is no longer wanted (that removes it). Not {@link java.util.concurrent.CompletableFuture#delayedExecutor}, which
     * without an executor starts a new thread for every task on a machine of two cores or fewer.
     */
    public static ScheduledFuture<?> schedule(Runnable task, long nanos) {
        return TIMER.schedule(task, nanos, TimeUnit.NANOSECONDS);
    }

    /** How many tasks wait on the deadline thread: a probe for tests, which check it drains (not a metric). */
    public static int scheduled() {
        return TIMER.getQueue().size();
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "gateway-deadline");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
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
        cut.task = schedule(cut::fire, remaining);
        WATCHED.set(cut);
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (cut.fired()) {
                throw late.get();
            }
            throw e;
        } finally {
            WATCHED.remove();
            if (cut.end() && !interruptedBefore) {
                Thread.interrupted(); // the interrupt was ours, for this call only
            }
        }
    }

    /**
     * Called by {@link InFlightRequests} as the REST client sends a request on this thread: if this thread's call is
     * watched, the request is aborted with it at the deadline.
     */
    static void sending(RestClientRequestContext request) {
        Cut cut = WATCHED.get();
        if (cut != null) {
            cut.abort(request);
        }
    }

    /**
     * One watched call: at the deadline its HTTP request is cancelled (reset on the wire, so the connection is closed
     * and the backend sees its client gone) and its thread interrupted, at most once, and never after the call has
     * ended.
     */
    private static final class Cut {

        private final Thread thread;
        private ScheduledFuture<?> task;
        private RestClientRequestContext request;
        private boolean fired;
        private boolean ended;

        Cut(Thread thread) {
            this.thread = thread;
        }

        synchronized void abort(RestClientRequestContext sent) {
            request = sent;
            if (fired) {
                cancel(sent);
            }
        }

        synchronized void fire() {
            if (!ended) {
                fired = true;
                if (request != null) {
                    cancel(request);
                }
                thread.interrupt();
            }
        }

        /** As a cancelled Uni call of the same client does: not sent if not yet, else reset. */
        private static void cancel(RestClientRequestContext request) {
            request.setUserCanceled();
            HttpClientRequest http = request.getHttpClientRequest();
            if (http != null) {
                http.reset();
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
