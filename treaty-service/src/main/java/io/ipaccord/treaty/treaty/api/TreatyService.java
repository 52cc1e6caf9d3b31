package io.ipaccord.treaty.treaty.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.treaty.evaluation.TreatyDataMapper;
import io.ipaccord.treaty.evaluation.StoredStandings;
import io.ipaccord.treaty.evaluation.TreatyState;
import io.ipaccord.treaty.evaluation.TreatyPublisher;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyInput;
import io.ipaccord.treaty.treaty.TreatyMapper;
import io.ipaccord.treaty.treaty.TreatyRepository;
import io.ipaccord.contracts.treaty.PartyStanding;
import io.ipaccord.contracts.treaty.api.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads treaties with their status as of a date, and registers them. */
@ApplicationScoped
public class TreatyService {

    public static final int MAX_BATCH = 200;
    public static final int MAX_SEARCH = 100;

    @Inject TreatyRepository repository;
    @Inject StoredStandings standings;
    @Inject TreatyPublisher publisher;

    @Transactional
    public List<TreatyData> list(TreatyFilter filter, LocalDate asOf) {
        List<Treaty> treaties = repository.listByCategory(filter.category());
        Map<String, TreatyState> states = standings.states(treaties.stream().map(t -> t.code).toList(), asOf);
        Set<String> binding = filter.party() == null ? Set.of()
                : standings.byParties(List.of(filter.party()), asOf).get(filter.party()).stream()
                        .filter(m -> m.status() == PartyStanding.BOUND).map(Membership::treaty).collect(Collectors.toSet());
        return treaties.stream()
                .filter(t -> filter.status() == null || states.get(t.code).status() == filter.status())
                .filter(t -> filter.party() == null || binding.contains(t.code))
                .map(t -> TreatyDataMapper.toData(t, states.get(t.code)))
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
        return TreatyDataMapper.toData(treaty, standings.states(List.of(code), asOf).get(code));
    }

    @Transactional
    public TreatyData register(TreatyInput input) {
        if (repository.findByIdOptional(input.code()).isPresent()) {
            throw ProblemException.conflict("code", "Treaty " + input.code() + " is already registered");
        }
        return publisher.register(TreatyMapper.toEntity(input));
    }

    private List<TreatyData> toData(List<Treaty> treaties, LocalDate asOf) {
        Map<String, TreatyState> states = standings.states(treaties.stream().map(t -> t.code).toList(), asOf);
        return treaties.stream().map(t -> TreatyDataMapper.toData(t, states.get(t.code))).toList();
    }
}
