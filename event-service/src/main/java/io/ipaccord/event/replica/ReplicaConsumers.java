package io.ipaccord.event.replica;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.ipaccord.contracts.Topics;
import io.ipaccord.platform.inbox.ConsumerTransactions;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceFeed;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The replicas event-service keeps (consumer group {@code event-service}, from the beginning): the member states and
 * organisations (the party codes) and the treaty codes events may refer to. One binding per channel (each channel is named after its topic); the work is
 * platform's {@link KnownReferences}.
 */
@ApplicationScoped
public class ReplicaConsumers {

    @Inject KnownReferences references;
    @Inject TreatyAdoptions adoptions;
    @Inject ConsumerTransactions transactions;

    @Incoming(Topics.MEMBER_STATES)
    @Blocking
    public void memberStates(ConsumerRecord<String, String> record) {
        transactions.commit(Topics.MEMBER_STATES, () -> references.follow(ReferenceFeed.MEMBER_STATES, record));
    }

    @Incoming(Topics.ORGANISATIONS)
    @Blocking
    public void organisations(ConsumerRecord<String, String> record) {
        transactions.commit(Topics.ORGANISATIONS, () -> references.follow(ReferenceFeed.ORGANISATIONS, record));
    }

    /** The treaty codes, and in the same transaction where and when each treaty was adopted ({@link TreatyAdoptions}). */
    @Incoming(Topics.TREATIES)
    @Blocking
    public void treaties(ConsumerRecord<String, String> record) {
        transactions.commit(Topics.TREATIES, () -> {
            references.follow(ReferenceFeed.TREATIES, record);
            adoptions.follow(record);
        });
    }
}
