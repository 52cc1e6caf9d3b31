package io.ipaccord.treaty.evaluation;

import java.util.List;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.PartyEntryIntoForceData;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.TreatyEntryIntoForceData;
import io.ipaccord.contracts.treaty.api.Determination;
import io.ipaccord.contracts.treaty.api.DeterminationKind;
import io.ipaccord.platform.outbox.Outbox;
import io.ipaccord.treaty.engine.Determination.DenunciationTakesEffect;
import io.ipaccord.treaty.engine.Determination.PartyBound;
import io.ipaccord.treaty.engine.Determination.TreatyEntersIntoForce;
import io.ipaccord.treaty.instrument.InstrumentMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The one place the engine's determinations become what treaty-service says of them: the REST answer's
 * {@link Determination} and the entry-into-force notifications on {@link Topics#TREATY_ACTIONS}, sent to the outbox
 * in the write's transaction.
 */
@ApplicationScoped
public class Determinations {

    @Inject Outbox outbox;

    /** Publishes each determination of a write to {@code treaty}, in order, and answers them. */
    @Transactional(TxType.MANDATORY)
    public List<Determination> publish(String treaty, List<io.ipaccord.treaty.engine.Determination> determinations) {
        return determinations.stream().map(d -> publish(treaty, d)).toList();
    }

    private Determination publish(String treaty, io.ipaccord.treaty.engine.Determination determination) {
        if (determination instanceof TreatyEntersIntoForce t) {
            Long trigger = InstrumentMapper.idOf(t.trigger());
            outbox.publish(Topics.TREATY_ACTIONS, treaty, TreatyActionChangeType.TREATY_ENTRY_INTO_FORCE_DETERMINED.ceType(),
                    new TreatyEntryIntoForceData(treaty, t.act(), t.date(), trigger, t.firstParties()));
            return new Determination(DeterminationKind.TREATY_IN_FORCE, t.act(), null, t.date(), trigger, t.firstParties());
        }
        if (determination instanceof PartyBound p) {
            String act = p.act() != null ? p.act() : p.instrument().act();
            Long instrumentId = InstrumentMapper.idOf(p.instrument());
            outbox.publish(Topics.TREATY_ACTIONS, treaty, TreatyActionChangeType.PARTY_ENTRY_INTO_FORCE_DETERMINED.ceType(),
                    new PartyEntryIntoForceData(treaty, act, p.state(), p.from(), instrumentId));
            return new Determination(DeterminationKind.PARTY_BOUND, act, p.state(), p.from(), instrumentId, null);
        }
        DenunciationTakesEffect d = (DenunciationTakesEffect) determination;
        // The denunciation's own instrument event says it all; there is no separate notification for it on Kafka.
        return new Determination(DeterminationKind.DENUNCIATION_EFFECTIVE, d.act(), d.state(), d.from(),
                InstrumentMapper.idOf(d.denunciation()), null);
    }
}
