package io.ipaccord.treaty.evaluation;

import java.util.List;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.api.InstrumentReceipt;
import io.ipaccord.platform.outbox.Outbox;
import io.ipaccord.treaty.common.AsOf;
import io.ipaccord.treaty.engine.RecordedInstrument;
import io.ipaccord.treaty.instrument.Instrument;
import io.ipaccord.treaty.instrument.InstrumentMapper;
import io.ipaccord.treaty.treaty.Treaty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * What follows a write of one instrument, in the write's transaction and in this order on the outbox: the
 * instrument's event, the determinations it brings, then the treaty's new state if that changed. The treaty is
 * evaluated once, from the records the write already holds, at every date: that replaces its stored standings
 * ({@link StoredStandings}), which every read answers from.
 */
@ApplicationScoped
public class InstrumentChanges {

    @Inject TreatyEvaluator evaluator;
    @Inject Determinations determinations;
    @Inject TreatyPublisher treaties;
    @Inject Outbox outbox;
    @Inject StoredStandings standings;

    /**
     * @param before the treaty's counted instruments just before the write, in recording order
     * @param after  the same just after it (with the instrument deposited, corrected, or without the one withdrawn)
     */
    @Transactional(TxType.MANDATORY)
    public InstrumentReceipt publish(Treaty treaty, Instrument changed, TreatyActionChangeType type,
            List<RecordedInstrument> before, List<RecordedInstrument> after) {
        InstrumentData data = InstrumentMapper.toData(changed);
        outbox.publish(Topics.TREATY_ACTIONS, treaty.code, type.ceType(), data);
        TreatyEvaluator.Change change = evaluator.evaluateChange(treaty, before, after);
        standings.replaceWith(treaty.code, change.timeline());
        InstrumentReceipt receipt = new InstrumentReceipt(data, determinations.publish(treaty.code, change.determinations()));
        treaties.publishIfChanged(treaty, change.today().state());
        return receipt;
    }

    /** One instrument of a bulk write (an import) and what happened to it. */
    public record Written(Instrument instrument, TreatyActionChangeType type) {
    }

    /**
     * What follows a bulk write (a party table's import), in its transaction: every instrument's event in the order
     * given, then what the records {@code after} determine that those {@code before} did not, then the treaty's new
     * state if that changed: the same as {@link #publish} for each instrument, with ONE evaluation for them all.
     * Nothing written, nothing published.
     *
     * @return the treaty with the records {@code after}, as of today
     */
    @Transactional(TxType.MANDATORY)
    public Evaluation publishAll(Treaty treaty, List<Written> written, List<RecordedInstrument> before,
            List<RecordedInstrument> after) {
        if (written.isEmpty()) {
            return evaluator.evaluate(treaty, after, AsOf.today());
        }
        written.forEach(w -> outbox.publish(Topics.TREATY_ACTIONS, treaty.code, w.type().ceType(), InstrumentMapper.toData(w.instrument())));
        TreatyEvaluator.Change change = evaluator.evaluateChange(treaty, before, after);
        standings.replaceWith(treaty.code, change.timeline());
        determinations.publish(treaty.code, change.determinations());
        treaties.publishIfChanged(treaty, change.today().state());
        return change.today();
    }
}
