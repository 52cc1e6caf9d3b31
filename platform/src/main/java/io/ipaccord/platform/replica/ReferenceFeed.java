package io.ipaccord.platform.replica;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a service follows one owner's topic into {@link KnownReferences}: the kind it replicates, its inbox consumer
 * name, and the contract's types to read each record with.
 *
 * @param consumer  the {@link io.ipaccord.platform.inbox.Inbox} consumer: one per service and topic, so event ids
 *                  of different topics never collide
 * @param eventType the contract's {@code ce_type} lookup (e.g. {@code MemberStateEventType::fromCeType}); records
 *                  of a type it does not know are ignored
 * @param update    what a record of that type and data says of its code
 */
public record ReferenceFeed<E, T>(ReferenceKind kind, String consumer, Function<String, Optional<E>> eventType,
        Class<T> dataType, BiFunction<E, T, ReferenceUpdate> update) {
}
