package io.ipaccord.platform.replica;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.contracts.organisation.OrganisationEventType;
import io.ipaccord.contracts.treaty.TreatyChangeType;
import io.ipaccord.contracts.treaty.TreatyData;

/**
 * How a service follows one owner's topic into {@link KnownReferences}: the kind it replicates, the topic, and the
 * contract's types to read each record with. The feeds services follow are the constants here; a service binds one
 * to its channel with a one-line {@code @Incoming(topic)} method that calls {@link KnownReferences#follow}.
 *
 * @param name      what is followed (e.g. {@code member-states}); with the service's {@code quarkus.application.name}
 *                  it names the {@link io.ipaccord.platform.inbox.Inbox} consumer ({@link #inboxConsumer(String)})
 * @param topic     the owner's topic
 * @param eventType the contract's {@code ce_type} lookup (e.g. {@code MemberStateEventType::fromCeType}); records
 *                  of a type it does not know are ignored
 * @param update    what a record of that type and data says of its code
 */
public record ReferenceFeed<E, T>(String name, ReferenceKind kind, String topic, Function<String, Optional<E>> eventType,
        Class<T> dataType, BiFunction<E, T, ReferenceUpdate> update) {

    /** member-service's member states: a removal event (or a tombstone) marks the code removed. */
    public static final ReferenceFeed<MemberStateEventType, MemberStateData> MEMBER_STATES = new ReferenceFeed<>(
            "member-states", ReferenceKind.MEMBER_STATE, Topics.MEMBER_STATES, MemberStateEventType::fromCeType, MemberStateData.class,
            (type, data) -> new ReferenceUpdate(data.code(), data.name(), type == MemberStateEventType.REMOVED));

    /** member-service's organisations, named as the depositary's tables name them ({@code European Union (EU)}); never removed. */
    public static final ReferenceFeed<OrganisationEventType, OrganisationData> ORGANISATIONS = new ReferenceFeed<>(
            "organisations", ReferenceKind.ORGANISATION, Topics.ORGANISATIONS, OrganisationEventType::fromCeType,
            OrganisationData.class, (type, data) -> new ReferenceUpdate(data.code(), data.tableName(), false));

    /** treaty-service's treaties, with their short names: never removed by an event, only (should it ever happen) by a tombstone. */
    public static final ReferenceFeed<TreatyChangeType, TreatyData> TREATIES = new ReferenceFeed<>(
            "treaties", ReferenceKind.TREATY, Topics.TREATIES, TreatyChangeType::fromCeType, TreatyData.class,
            (type, data) -> new ReferenceUpdate(data.code(), data.shortName(), false));

    /**
     * The one inbox naming rule: {@code <application>/<name>}, e.g. {@code treaty-service/member-states}. One name per
     * service and feed, so event ids of different topics never collide.
     */
    public String inboxConsumer(String application) {
        return application + "/" + name;
    }
}
