package io.ipaccord.treaty.consistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ipaccord.contracts.treaty.api.ConsistencyReport;
import io.ipaccord.contracts.treaty.api.ConsistencyReport.TreatySummary;
import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.treaty.evaluation.Evaluation;
import io.ipaccord.treaty.evaluation.StoredStandings;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Consistency reports, for one treaty or all: each treaty evaluated once, its instruments loaded with the others'. */
@ApplicationScoped
public class ConsistencyService {

    @Inject TreatyRepository treaties;
    @Inject StoredStandings standings;

    @Transactional
    public ConsistencyReport ofTreaty(String code, LocalDate asOf) {
        Treaty treaty = treaties.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("No treaty with code " + code));
        List<Membership> memberships = standings.byTreaties(List.of(treaty.code), asOf).get(treaty.code);
        return new ConsistencyReport(code, asOf, Consistency.summary(memberships), Consistency.reasons(memberships), List.of());
    }

    @Transactional
    public ConsistencyReport overall(LocalDate asOf) {
        List<Treaty> all = treaties.listAll().stream().sorted((a, b) -> a.code.compareTo(b.code)).toList();
        Map<String, Evaluation> evaluations = standings.evaluations(all, asOf);
        List<Membership> memberships = new ArrayList<>();
        List<TreatySummary> perTreaty = new ArrayList<>();
        for (Treaty treaty : all) {
            List<Membership> own = evaluations.get(treaty.code).memberships();
            memberships.addAll(own);
            perTreaty.add(new TreatySummary(treaty.code, Consistency.clock(treaty), Consistency.summary(own)));
        }
        return new ConsistencyReport(null, asOf, Consistency.summary(memberships), Consistency.reasons(memberships), perTreaty);
    }
}
