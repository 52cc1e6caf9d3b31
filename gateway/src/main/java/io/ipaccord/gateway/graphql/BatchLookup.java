package io.ipaccord.gateway.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one shape of every bulk lookup behind a batched resolver: ask a backend for the distinct keys, a bounded
 * number per call, and hand the answers back position for position. A query level thus costs one backend call
 * (per {@code maxPerCall} keys), however many items it has.
 */
public final class BatchLookup {

    private BatchLookup() {
    }

    /**
     * The value of each key, position for position: {@code result.get(i)} belongs to {@code keys.get(i)} and is
     * null where the key is null or the backend does not know it. Duplicates are asked once.
     */
    public static <K, V> List<V> align(List<K> keys, int maxPerCall, Function<List<K>, Map<K, V>> fetch) {
        Map<K, V> found = fetchDistinct(keys, maxPerCall, fetch);
        List<V> aligned = new ArrayList<>(keys.size());
        for (K key : keys) {
            aligned.add(key == null ? null : found.get(key));
        }
        return aligned;
    }

    /** Asks {@code fetch} for the distinct non-null keys, at most {@code maxPerCall} per call, in first-seen order. */
    public static <K, V> Map<K, V> fetchDistinct(Iterable<K> keys, int maxPerCall, Function<List<K>, Map<K, V>> fetch) {
        LinkedHashSet<K> distinct = new LinkedHashSet<>();
        keys.forEach(key -> {
            if (key != null) {
                distinct.add(key);
            }
        });
        List<K> all = List.copyOf(distinct);
        Map<K, V> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += maxPerCall) {
            found.putAll(Objects.requireNonNull(fetch.apply(all.subList(from, Math.min(all.size(), from + maxPerCall)))));
        }
        return found;
    }

    /**
     * Like {@link #align} for keys that carry an argument the backend takes once per call (e.g. {@code asOf}): one
     * {@code fetch(argument, ids)} per distinct argument value (and per {@code maxPerCall} ids).
     */
    public static <K, A, I, V> List<V> alignByArgument(List<K> keys, Function<K, A> argument, Function<K, I> id,
            int maxPerCall, ArgumentFetch<A, I, V> fetch) {
        Map<A, List<K>> byArgument = new java.util.LinkedHashMap<>();
        keys.stream().filter(Objects::nonNull)
                .forEach(key -> byArgument.computeIfAbsent(argument.apply(key), a -> new ArrayList<>()).add(key));
        Map<K, V> found = new HashMap<>();
        byArgument.forEach((value, group) -> {
            Map<I, V> byId = fetchDistinct(group.stream().map(id).toList(), maxPerCall,
                    ids -> fetch.fetch(value, ids));
            group.forEach(key -> found.put(key, byId.get(id.apply(key))));
        });
        List<V> aligned = new ArrayList<>(keys.size());
        for (K key : keys) {
            aligned.add(key == null ? null : found.get(key));
        }
        return aligned;
    }

    /**
     * For keys that are lists of codes (e.g. an event's related states): one {@code lookup} for the distinct codes
     * of all keys, split back per key. {@code lookup} answers position for position (null where a code is unknown).
     */
    public static <V> List<List<V>> flatLookup(List<List<String>> keys, Function<List<String>, List<V>> lookup) {
        List<String> distinct = keys.stream().flatMap(List::stream).distinct().toList();
        List<V> found = lookup.apply(distinct);
        Map<String, V> byCode = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            byCode.put(distinct.get(i), found.get(i));
        }
        List<List<V>> split = new ArrayList<>(keys.size());
        for (List<String> key : keys) {
            List<V> values = new ArrayList<>(key.size());
            key.forEach(code -> values.add(byCode.get(code)));
            split.add(values);
        }
        return split;
    }

    /** One backend call for many ids sharing one argument value; answers what it found by id. */
    @FunctionalInterface
    public interface ArgumentFetch<A, I, V> {
        Map<I, V> fetch(A argument, List<I> ids);
    }
}
