package io.ipaccord.gateway.memberstate;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.gateway.graphql.BackendPage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * The member states this gateway has read from member-service, kept so that a state named again (a treaty's parties,
 * an event's delegations, {@code memberState(code)}) costs no backend call, and the pages of {@code memberStates} it
 * was answered (by their arguments) until any state changes. Reference data: 194 states that change a few times a
 * year, read on almost every query.
 *
 * <p>Kept in step by the member-states topic, which the gateway reads anyway for subscriptions
 * ({@link MemberStateChangeFeed}): every record of a state evicts it, and this gateway's own mutations evict it at
 * once, so a client reads its own writes. The cache is used only while that feed reads its partitions
 * ({@link #reading}); when it loses them (Kafka unreachable long enough for a rebalance, a shutdown) everything is
 * dropped and every lookup goes to member-service until the feed is back. An entry is also dropped after
 * {@code ipaccord.gateway.member-state-cache.max-age} (default 30 s; {@code 0s} switches the cache off), which bounds
 * how stale a state can be when the topic is silent for another reason (a relay that cannot reach Kafka, a write that
 * bypassed the outbox).
 *
 * <p>A lookup that started before a change must not store what it read: {@link #generation()} is taken before the
 * backend call and {@link #store} stores nothing if any change arrived since. A read that completed before a change
 * committed is stored and then evicted by that change's record: staleness is at most the outbox's lag, as for every
 * replica.
 *
 * <p>Meters: {@code ipaccord_gateway_cache_lookups_total{cache="member-states",result="hit|miss"}} and
 * {@code ipaccord_gateway_cache_entries{cache="member-states"}}.
 */
@Singleton
public class MemberStateCache {

    private record Entry(MemberState state, long storedAt) {
    }

    /** A page of {@code memberStates} as member-service answered it, for one set of arguments. */
    private record Page(BackendPage<MemberStateData> page, long storedAt) {
    }

    /** At most this many pages are kept; past it they are all dropped (every change drops them anyway). */
    static final int MAX_PAGES = 1_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Object, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long maxAgeNanos;
    private final Counter hits;
    private final Counter misses;
    private volatile boolean reading;

    MemberStateCache(@ConfigProperty(name = "ipaccord.gateway.member-state-cache.max-age", defaultValue = "30s")
                     Duration maxAge, MeterRegistry registry) {
        this.maxAgeNanos = maxAge.toNanos();
        this.hits = lookups(registry, "hit");
        this.misses = lookups(registry, "miss");
        Gauge.builder("ipaccord.gateway.cache.entries", entries, Map::size).tag("cache", "member-states")
                .description("Entries of a reference-data cache").register(registry);
    }

    private static Counter lookups(MeterRegistry registry, String result) {
        return Counter.builder("ipaccord.gateway.cache.lookups").tag("cache", "member-states").tag("result", result)
                .description("Lookups of a reference-data cache, by result").register(registry);
    }

    /** Whether lookups may be answered from the cache: it is on and the feed that keeps it in step reads. */
    public boolean enabled() {
        return reading && maxAgeNanos > 0;
    }

    /** Taken before a backend call whose answer is to be {@link #store stored}. */
    public long generation() {
        return generation.get();
    }

    /** The cached states among {@code codes} (nulls skipped), by code; counts each distinct code a hit or a miss. */
    public Map<String, MemberState> find(Collection<String> codes) {
        Map<String, MemberState> found = new HashMap<>();
        if (!enabled()) {
            return found;
        }
        long now = System.nanoTime();
        for (String code : codes) {
            if (code == null || found.containsKey(code)) {
                continue;
            }
            Entry entry = entries.get(code);
            if (entry != null && now - entry.storedAt() < maxAgeNanos) {
                found.put(code, entry.state());
            } else {
                if (entry != null) {
                    entries.remove(code, entry);
                }
                misses.increment();
            }
        }
        hits.increment(found.size());
        return found;
    }

    /**
     * The page of a list query with these arguments ({@code key}: a record of them), from the cache or else from
     * {@code read} (member-service), then kept until the next change of any state. Nulls are not cached.
     */
    public BackendPage<MemberStateData> page(Object key, Supplier<BackendPage<MemberStateData>> read) {
        if (!enabled()) {
            return read.get();
        }
        long now = System.nanoTime();
        Page cached = pages.get(key);
        if (cached != null && now - cached.storedAt() < maxAgeNanos) {
            hits.increment();
            return cached.page();
        }
        misses.increment();
        long before = generation.get();
        BackendPage<MemberStateData> page = read.get();
        if (page != null) {
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, new Page(page, System.nanoTime()));
            if (generation.get() != before) {
                pages.remove(key); // a change arrived while it was read: it may predate it
            }
        }
        return page;
    }

    /** Stores states read from member-service, unless a change arrived since {@code generationBefore}. */
    public void store(Collection<MemberState> states, long generationBefore) {
        if (!enabled()) {
            return;
        }
        long now = System.nanoTime();
        for (MemberState state : states) {
            if (state != null) {
                entries.put(state.code(), new Entry(state, now));
            }
        }
        if (generation.get() != generationBefore) {
            // A change arrived while the states were read (or stored): they may predate it, keep none of them.
            states.forEach(state -> {
                if (state != null) {
                    entries.remove(state.code());
                }
            });
        }
    }

    /** A state changed (or may have): evicts it, and keeps lookups already under way from storing it. */
    public void changed(String code) {
        generation.incrementAndGet();
        pages.clear(); // any page may list the state, or list it no longer
        if (code == null) {
            entries.clear();
        } else {
            entries.remove(code);
        }
    }

    /** The feed that keeps the cache in step reads its partitions ({@code true}) or has none ({@code false}). */
    void reading(boolean reading) {
        generation.incrementAndGet();
        this.reading = reading;
        entries.clear();
        pages.clear();
    }

    /** Drops every entry (tests that count backend calls start from a cold cache). */
    public void clear() {
        changed(null);
    }
}
