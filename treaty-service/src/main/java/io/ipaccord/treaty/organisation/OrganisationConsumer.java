package io.ipaccord.treaty.organisation;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.ipaccord.contracts.Topics;
import io.ipaccord.platform.inbox.ConsumerTransactions;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceFeed;
import io.ipaccord.treaty.evaluation.StoredStandings;
import io.ipaccord.treaty.instrument.InstrumentRepository;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Binds {@link Topics#ORGANISATIONS} (group {@code treaty-service}, from the beginning) to platform's replica. The
 * engine tells a member following its organisation by the organisations' codes, so in the same transaction the
 * stored standings of the treaties the organisation is party to are recomputed.
 */
@ApplicationScoped
public class OrganisationConsumer {

    @Inject KnownReferences references;
    @Inject InstrumentRepository instruments;
    @Inject StoredStandings standings;
    @Inject ConsumerTransactions transactions;

    @Incoming(Topics.ORGANISATIONS)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        transactions.commit(Topics.ORGANISATIONS, () -> {
            references.follow(ReferenceFeed.ORGANISATIONS, record);
            if (record.key() != null) {
                instruments.treatiesOf(List.of(record.key())).forEach(code -> standings.rebuild(code, n -> { }));
            }
        });
    }
}
