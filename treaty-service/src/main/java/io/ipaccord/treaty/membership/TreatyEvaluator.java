package io.ipaccord.treaty.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.treaty.engine.Determination;
import io.ipaccord.treaty.engine.EntryIntoForce;
import io.ipaccord.treaty.engine.EntryIntoForceEngine;
import io.ipaccord.treaty.engine.EntryIntoForceRule;
import io.ipaccord.treaty.engine.Instrument;
import io.ipaccord.treaty.engine.PartyStatus;
import io.ipaccord.treaty.instrument.InstrumentMapper;
import io.ipaccord.treaty.instrument.InstrumentRepository;
import io.ipaccord.treaty.treaty.Rule;
import io.ipaccord.treaty.treaty.RuleMapper;
import io.ipaccord.treaty.treaty.Treaty;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the entry-into-force engine on stored treaties: each rule (the treaty's, and those of Acts with a rule of
 * their own) over the instruments it governs that count (not withdrawn).
 */
@ApplicationScoped
public class TreatyEvaluator {

    private static final Comparator<Membership> BY_BOUND_THEN_STATE = Comparator
            .comparing(Membership::bound, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Membership::state)
            .thenComparing(Membership::act, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final EntryIntoForceEngine engine = new EntryIntoForceEngine();
    private final InstrumentRepository instruments;

    TreatyEvaluator(InstrumentRepository instruments) {
        this.instruments = instruments;
    }

    public Evaluation evaluate(Treaty treaty, LocalDate asOf) {
        return evaluate(treaty, InstrumentMapper.toEngine(instruments.counting(treaty.code)), asOf);
    }

    /** Evaluations by treaty code, loading the instruments of all the treaties in one query. */
    public Map<String, Evaluation> evaluate(Collection<Treaty> treaties, LocalDate asOf) {
        Map<String, List<io.ipaccord.treaty.instrument.Instrument>> byTreaty = new HashMap<>();
        if (!treaties.isEmpty()) {
            instruments.counting(treaties.stream().map(t -> t.code).toList())
                    .forEach(i -> byTreaty.computeIfAbsent(i.treatyCode, k -> new ArrayList<>()).add(i));
        }
        Map<String, Evaluation> out = new LinkedHashMap<>();
        for (Treaty treaty : treaties) {
            out.put(treaty.code, evaluate(treaty, InstrumentMapper.toEngine(byTreaty.getOrDefault(treaty.code, List.of())), asOf));
        }
        return out;
    }

    /** {@code counting}: the engine's instruments in recording order. */
    public Evaluation evaluate(Treaty treaty, List<Instrument> counting, LocalDate asOf) {
        TreatyStatus status = null;
        TreatyData.EntryIntoForce entryIntoForce = null;
        Map<String, Evaluation.ActEvaluation> acts = new LinkedHashMap<>();
        List<Membership> memberships = new ArrayList<>();
        for (Rule rule : treaty.rules) {
            io.ipaccord.treaty.engine.TreatyStatus result =
                    engine.evaluate(RuleMapper.toEngine(treaty.code, rule), governedBy(treaty, rule, counting), asOf);
            TreatyStatus ruleStatus = status(treaty, result, asOf);
            TreatyData.EntryIntoForce ruleEntry = ruleStatus == TreatyStatus.NOT_YET_ADOPTED ? null : toData(result.entryIntoForce());
            if (rule.actCode == null) {
                status = ruleStatus;
                entryIntoForce = ruleEntry;
            } else {
                acts.put(rule.actCode, new Evaluation.ActEvaluation(ruleStatus, ruleEntry));
            }
            result.parties().forEach(p -> memberships.add(membership(treaty.code, rule.actCode, p)));
        }
        memberships.sort(BY_BOUND_THEN_STATE);
        return new Evaluation(treaty.code, asOf, status, entryIntoForce, acts, List.copyOf(memberships));
    }

    /**
     * What the records {@code after} determine that the records {@code before} did not, for every rule of the
     * treaty whose instruments changed. Both lists in recording order.
     */
    public List<Determination> determinations(Treaty treaty, List<Instrument> before, List<Instrument> after) {
        List<Determination> out = new ArrayList<>();
        for (Rule rule : treaty.rules) {
            List<Instrument> was = governedBy(treaty, rule, before);
            List<Instrument> is = governedBy(treaty, rule, after);
            if (!was.equals(is)) {
                EntryIntoForceRule engineRule = RuleMapper.toEngine(treaty.code, rule);
                out.addAll(engine.determinations(engineRule, was, is));
            }
        }
        return out;
    }

    private static List<Instrument> governedBy(Treaty treaty, Rule rule, List<Instrument> counting) {
        return counting.stream().filter(i -> treaty.ruleFor(i.act()) == rule).toList();
    }

    private static TreatyStatus status(Treaty treaty, io.ipaccord.treaty.engine.TreatyStatus result, LocalDate asOf) {
        if (treaty.adoptedDate != null && asOf.isBefore(treaty.adoptedDate)) {
            return TreatyStatus.NOT_YET_ADOPTED;
        }
        if (result.inForce()) {
            return TreatyStatus.IN_FORCE;
        }
        return result.entryIntoForce() == null ? TreatyStatus.ADOPTED : TreatyStatus.NOT_YET_IN_FORCE;
    }

    private static TreatyData.EntryIntoForce toData(EntryIntoForce eif) {
        return eif == null ? null : new TreatyData.EntryIntoForce(eif.date(), eif.basis() == EntryIntoForce.Basis.DERIVED,
                InstrumentMapper.idOf(eif.trigger()));
    }

    private static Membership membership(String treaty, String ruleAct, PartyStatus party) {
        return switch (party.standing()) {
            case SIGNATORY -> new Membership(treaty, ruleAct, party.state(), party.standing().name(), party.signedOn(),
                    null, null, null, null, null);
            case CONTRACTING_NOT_YET_BOUND -> {
                PartyStatus.ContractingNotYetBound c = (PartyStatus.ContractingNotYetBound) party;
                yield membership(treaty, ruleAct, party, c.instrument(), c.expectedFrom(), null);
            }
            case BOUND -> {
                PartyStatus.Bound b = (PartyStatus.Bound) party;
                yield membership(treaty, ruleAct, party, b.instrument(), b.since(), b.denunciationEffective());
            }
            case DENOUNCED -> {
                PartyStatus.Denounced d = (PartyStatus.Denounced) party;
                yield membership(treaty, ruleAct, party, d.instrument(), d.boundSince(), d.effectiveFrom());
            }
        };
    }

    private static Membership membership(String treaty, String ruleAct, PartyStatus party, Instrument instrument,
            LocalDate bound, LocalDate denounced) {
        String act = ruleAct != null ? ruleAct : instrument.act();
        return new Membership(treaty, act, party.state(), party.standing().name(), party.signedOn(),
                InstrumentMapper.idOf(instrument), instrument.type().name(), instrument.deposited(), bound, denounced);
    }
}
