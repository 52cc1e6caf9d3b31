package io.ipaccord.treaty.memberstate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.ipaccord.contracts.Topics;
import io.ipaccord.platform.inbox.ConsumerTransactions;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceFeed;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Binds {@link Topics#MEMBER_STATES} (group {@code treaty-service}, from the beginning) to platform's replica. */
@ApplicationScoped
public class MemberStateConsumer {

    @Inject KnownReferences references;
    @Inject ConsumerTransactions transactions;

    @Incoming(Topics.MEMBER_STATES)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        transactions.commit(Topics.MEMBER_STATES, () -> references.follow(ReferenceFeed.MEMBER_STATES, record));
    }
}
