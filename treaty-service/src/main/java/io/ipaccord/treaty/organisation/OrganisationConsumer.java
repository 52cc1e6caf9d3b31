package io.ipaccord.treaty.organisation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.ipaccord.contracts.Topics;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceFeed;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Binds {@link Topics#ORGANISATIONS} (group {@code treaty-service}, from the beginning) to platform's replica. */
@ApplicationScoped
public class OrganisationConsumer {

    @Inject KnownReferences references;

    @Incoming(Topics.ORGANISATIONS)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        references.follow(ReferenceFeed.ORGANISATIONS, record);
    }
}
