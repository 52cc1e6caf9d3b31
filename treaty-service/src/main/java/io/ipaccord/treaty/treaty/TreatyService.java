package io.ipaccord.treaty.treaty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyChangeType;
import io.ipaccord.platform.outbox.Outbox;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.treaty.membership.Evaluation;
import io.ipaccord.treaty.membership.TreatyEvaluator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import io.ipaccord.treaty.common.AsOf;

/**
 * Reads treaties with their status as of a date, registers them, and republishes a treaty whenever what its
 * event carries (status, entry into force, party count as of today) changes.
 */
@ApplicationScoped
public class TreatyService {

    public static final int MAX_BATCH = 200;
    public static final int MAX_SEARCH = 100;

    private final TreatyRepository repository;
    private final TreatyEvaluator evaluator;
    private final Outbox outbox;

    TreatyService(TreatyRepository repository, TreatyEvaluator evaluator, Outbox outbox) {
        this.repository = repository;
        this.evaluator = evaluator;
        this.outbox = outbox;
    }

    @Transactional
    public List<TreatyData> list(TreatyFilter filter, LocalDate asOf) {
        List<Treaty> treaties = repository.listByCategory(filter.category());
        Map<String, Evaluation> evaluations = evaluator.evaluate(treaties, asOf);
        return treaties.stream()
                .filter(t -> filter.status() == null || evaluations.get(t.code).status() == filter.status())
                .filter(t -> filter.party() == null || evaluations.get(t.code).binds(filter.party()))
                .map(t -> TreatyMapper.toData(t, evaluations.get(t.code)))
                .toList();
    }

    @Transactional
    public List<TreatyData> batch(List<String> codes, LocalDate asOf) {
        List<Treaty> treaties = repository.findByCodes(codes);
        Map<String, Evaluation> evaluations = evaluator.evaluate(treaties, asOf);
        return treaties.stream().map(t -> TreatyMapper.toData(t, evaluations.get(t.code))).toList();
    }

    /** The treaties matching {@code text}, best first, with their status as of {@code asOf}. */
    @Transactional
    public List<TreatyHit> search(String text, int limit, LocalDate asOf) {
        List<Object[]> rows = repository.search(text, limit);
        List<Treaty> treaties = repository.findByCodes(rows.stream().map(row -> (String) row[0]).toList());
        Map<String, Evaluation> evaluations = evaluator.evaluate(treaties, asOf);
        Map<String, TreatyData> found = new HashMap<>();
        treaties.forEach(t -> found.put(t.code, TreatyMapper.toData(t, evaluations.get(t.code))));
        return rows.stream()
                .map(row -> new TreatyHit(found.get((String) row[0]), ((Number) row[1]).doubleValue()))
                .toList();
    }

    @Transactional
    public TreatyData get(String code, LocalDate asOf) {
        Treaty treaty = find(code);
        return TreatyMapper.toData(treaty, evaluator.evaluate(treaty, asOf));
    }

    @Transactional
    public TreatyData register(TreatyInput input) {
        if (repository.findByIdOptional(input.code()).isPresent()) {
            throw ProblemException.conflict("code", "Treaty " + input.code() + " is already registered");
        }
        Treaty treaty = new Treaty();
        TreatyMapper.apply(input, treaty);
        addRule(treaty, null, input.rule(), "rule");
        List<TreatyInput.ActInput> acts = input.acts() == null ? List.of() : input.acts();
        Set<String> actCodes = new HashSet<>();
        for (int i = 0; i < acts.size(); i++) {
            TreatyInput.ActInput actInput = acts.get(i);
            if (!actCodes.add(actInput.code())) {
                throw ProblemException.invalid("acts[" + i + "].code", "Act " + actInput.code() + " is listed twice");
            }
            TreatyAct act = new TreatyAct();
            act.treaty = treaty;
            act.code = actInput.code();
            act.name = actInput.name().trim();
            act.position = i;
            treaty.acts.add(act);
            if (actInput.rule() != null) {
                addRule(treaty, act.code, actInput.rule(), "acts[" + i + "].rule");
            }
        }
        // A new treaty has no instruments yet: its first publication needs no query.
        Evaluation evaluation = evaluator.evaluate(treaty, List.of(), AsOf.today());
        remember(treaty, evaluation);
        treaty.updatedAt = now();
        repository.persist(treaty);
        repository.flush();
        TreatyData data = TreatyMapper.toData(treaty, evaluation);
        outbox.publish(Topics.TREATIES, treaty.code, TreatyChangeType.REGISTERED.ceType(), data);
        return data;
    }

    /**
     * Publishes the treaty again if its status, entry into force or party count as of today differ from what was
     * last published; called in the transaction that changed its instruments.
     *
     * @return whether it was published
     */
    @Transactional(TxType.MANDATORY)
    public boolean publishIfChanged(Treaty treaty) {
        Evaluation evaluation = evaluator.evaluate(treaty, AsOf.today());
        if (Objects.equals(treaty.publishedStatus, evaluation.status().name())
                && Objects.equals(treaty.publishedEntryIntoForce, entryDate(evaluation))
                && Objects.equals(treaty.publishedPartyCount, evaluation.partyCount())) {
            return false;
        }
        remember(treaty, evaluation);
        treaty.updatedAt = now();
        repository.flush();
        outbox.publish(Topics.TREATIES, treaty.code, TreatyChangeType.UPDATED.ceType(), TreatyMapper.toData(treaty, evaluation));
        return true;
    }

    /** For the passing of time: a treaty enters into force, a later party becomes bound, with no write at all. */
    @Transactional
    public boolean refresh(String code) {
        return repository.findForWrite(code).map(this::publishIfChanged).orElse(false);
    }

    @Transactional
    public List<String> codes() {
        return repository.codes();
    }

    /** The treaty, locked for a change of its instruments, or a 422 naming {@code field}. */
    @Transactional(TxType.MANDATORY)
    public Treaty findForWrite(String code, String field) {
        return repository.findForWrite(code)
                .orElseThrow(() -> ProblemException.unprocessable(field, "No treaty with code " + code));
    }

    Treaty find(String code) {
        return repository.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("No treaty with code " + code));
    }

    private static void addRule(Treaty treaty, String actCode, RuleInput input, String field) {
        Rule rule = new Rule();
        rule.treaty = treaty;
        rule.actCode = actCode;
        RuleMapper.apply(input, rule, field);
        treaty.rules.add(rule);
    }

    private static void remember(Treaty treaty, Evaluation evaluation) {
        treaty.publishedStatus = evaluation.status().name();
        treaty.publishedEntryIntoForce = entryDate(evaluation);
        treaty.publishedPartyCount = evaluation.partyCount();
    }

    private static LocalDate entryDate(Evaluation evaluation) {
        return evaluation.entryIntoForce() == null ? null : evaluation.entryIntoForce().date();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
