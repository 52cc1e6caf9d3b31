package io.ipaccord.treaty.treaty.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.treaty.evaluation.Evaluation;
import io.ipaccord.treaty.evaluation.TreatyDataMapper;
import io.ipaccord.treaty.evaluation.TreatyEvaluator;
import io.ipaccord.treaty.evaluation.TreatyPublisher;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyInput;
import io.ipaccord.treaty.treaty.TreatyMapper;
import io.ipaccord.treaty.treaty.TreatyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads treaties with their status as of a date, and registers them. */
@ApplicationScoped
public class TreatyService {

    public static final int MAX_BATCH = 200;
    public static final int MAX_SEARCH = 100;

    @Inject TreatyRepository repository;
    @Inject TreatyEvaluator evaluator;
    @Inject TreatyPublisher publisher;

    @Transactional
    public List<TreatyData> list(TreatyFilter filter, LocalDate asOf) {
        List<Treaty> treaties = repository.listByCategory(filter.category());
        Map<String, Evaluation> evaluations = evaluator.evaluate(treaties, asOf);
        return treaties.stream()
                .filter(t -> filter.status() == null || evaluations.get(t.code).status() == filter.status())
                .filter(t -> filter.party() == null || evaluations.get(t.code).binds(filter.party()))
                .map(t -> TreatyDataMapper.toData(t, evaluations.get(t.code)))
                .toList();
    }

    @Transactional
    public List<TreatyData> batch(List<String> codes, LocalDate asOf) {
        return toData(repository.findByCodes(codes), asOf);
    }

    /** The treaties matching {@code text}, best first, with their status as of {@code asOf}. */
    @Transactional
    public List<TreatyHit> search(String text, int limit, LocalDate asOf) {
        List<Object[]> rows = repository.search(text, limit);
        Map<String, TreatyData> found = new HashMap<>();
        toData(repository.findByCodes(rows.stream().map(row -> (String) row[0]).toList()), asOf)
                .forEach(t -> found.put(t.code(), t));
        return rows.stream()
                .map(row -> new TreatyHit(found.get((String) row[0]), ((Number) row[1]).doubleValue()))
                .toList();
    }

    @Transactional
    public TreatyData get(String code, LocalDate asOf) {
        Treaty treaty = repository.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("No treaty with code " + code));
        return TreatyDataMapper.toData(treaty, evaluator.evaluate(treaty, asOf));
    }

    @Transactional
    public TreatyData register(TreatyInput input) {
        if (repository.findByIdOptional(input.code()).isPresent()) {
            throw ProblemException.conflict("code", "Treaty " + input.code() + " is already registered");
        }
        return publisher.register(TreatyMapper.toEntity(input));
    }

    private List<TreatyData> toData(List<Treaty> treaties, LocalDate asOf) {
        Map<String, Evaluation> evaluations = evaluator.evaluate(treaties, asOf);
        return treaties.stream().map(t -> TreatyDataMapper.toData(t, evaluations.get(t.code))).toList();
    }
}
