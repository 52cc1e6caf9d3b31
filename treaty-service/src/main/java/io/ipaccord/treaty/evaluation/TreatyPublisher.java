package io.ipaccord.treaty.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.TreatyChangeType;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.platform.outbox.Outbox;
import io.ipaccord.treaty.common.AsOf;
import io.ipaccord.platform.time.Timestamps;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Publishes a treaty on {@link Topics#TREATIES}: once registered, then again whenever what its event carries (status,
 * entry into force, party count as of today) differs from what was last published, after a write of its instruments
 * or with the passing of time.
 */
@ApplicationScoped
public class TreatyPublisher {

    @Inject TreatyRepository repository;
    @Inject TreatyEvaluator evaluator;
    @Inject Outbox outbox;
    @Inject StoredStandings standings;

    /** Stores a treaty just built from a request and publishes it. */
    @Transactional(TxType.MANDATORY)
    public TreatyData register(Treaty treaty) {
        List<Evaluation> timeline = evaluator.timelineOfNew(treaty);
        TreatyState evaluation = TreatyEvaluator.at(timeline, AsOf.today()).state();
        remember(treaty, evaluation);
        treaty.updatedAt = Timestamps.now();
        repository.persist(treaty);
        repository.flush();
        standings.replaceWith(treaty.code, timeline);
        TreatyData data = TreatyDataMapper.toData(treaty, evaluation);
        outbox.publish(Topics.TREATIES, treaty.code, TreatyChangeType.REGISTERED.ceType(), data);
        return data;
    }

    /**
     * Publishes the treaty again if {@code today} (its evaluation as of today) differs from what was last published;
     * called in the transaction that changed its instruments.
     *
     * @return whether it was published
     */
    @Transactional(TxType.MANDATORY)
    public boolean publishIfChanged(Treaty treaty, TreatyState today) {
        if (Objects.equals(treaty.publishedStatus, today.status().name())
                && Objects.equals(treaty.publishedEntryIntoForce, entryDate(today))
                && Objects.equals(treaty.publishedPartyCount, today.partyCount())) {
            return false;
        }
        remember(treaty, today);
        treaty.updatedAt = Timestamps.now();
        repository.flush();
        outbox.publish(Topics.TREATIES, treaty.code, TreatyChangeType.UPDATED.ceType(), TreatyDataMapper.toData(treaty, today));
        return true;
    }

    /**
     * For the passing of time: a treaty enters into force, a later party becomes bound, with no write at all. Its
     * stored state as of today says so; the engine does not run.
     */
    @Transactional
    public boolean refresh(String code) {
        LocalDate today = AsOf.today();
        return repository.findForWrite(code)
                .map(t -> {
                    TreatyState state = standings.states(List.of(code), today).get(code);
                    return state != null && publishIfChanged(t, state);
                })
                .orElse(false);
    }

    @Transactional
    public List<String> codes() {
        return repository.codes();
    }

    private static void remember(Treaty treaty, TreatyState evaluation) {
        treaty.publishedStatus = evaluation.status().name();
        treaty.publishedEntryIntoForce = entryDate(evaluation);
        treaty.publishedPartyCount = evaluation.partyCount();
    }

    private static LocalDate entryDate(TreatyState evaluation) {
        return evaluation.entryIntoForce() == null ? null : evaluation.entryIntoForce().date();
    }
}
