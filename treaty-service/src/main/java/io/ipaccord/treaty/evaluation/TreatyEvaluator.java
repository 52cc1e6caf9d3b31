package io.ipaccord.treaty.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.treaty.common.AsOf;
import io.ipaccord.treaty.engine.Determination;
import io.ipaccord.treaty.engine.EntryIntoForce;
import io.ipaccord.treaty.engine.EntryIntoForceEngine;
import io.ipaccord.treaty.engine.PartyDates;
import io.ipaccord.treaty.engine.PartyStatus;
import io.ipaccord.treaty.engine.RecordedInstrument;
import io.ipaccord.treaty.engine.RuleOutcome;
import io.ipaccord.treaty.instrument.Instrument;
import io.ipaccord.treaty.instrument.InstrumentMapper;
import io.ipaccord.treaty.instrument.InstrumentRepository;
import io.ipaccord.treaty.party.KnownParties;
import io.ipaccord.treaty.treaty.Rule;
import io.ipaccord.treaty.treaty.RuleMapper;
import io.ipaccord.treaty.treaty.Treaty;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The door to the entry-into-force engine for stored treaties: runs each rule (the treaty's, and those of Acts with
 * a rule of their own) over the instruments it governs that count (not withdrawn). Reads load the instruments of
 * all the treaties asked in one query; a write hands over the records it already holds, so nothing is loaded twice.
 * Each treaty evaluated counts once in {@code ipaccord.treaty.evaluations}.
 */
@ApplicationScoped
public class TreatyEvaluator {

    public static final Comparator<Membership> BY_BOUND_THEN_STATE = Comparator
            .comparing(Membership::bound, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Membership::state)
            .thenComparing(Membership::act, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final EntryIntoForceEngine engine = new EntryIntoForceEngine();
    private final InstrumentRepository instruments;
    private final KnownParties parties;
    private final Counter evaluations;

    TreatyEvaluator(InstrumentRepository instruments, KnownParties parties, MeterRegistry registry) {
        this.instruments = instruments;
        this.parties = parties;
        this.evaluations = Counter.builder("ipaccord.treaty.evaluations")
                .description("Treaties evaluated by the entry-into-force engine: one per treaty read with its status, one per write")
                .register(registry);
    }

    /**
     * What a write of one instrument determines, and the treaty after it as of today.
     *
     * @param determinations what the records {@code after} determine that the records {@code before} did not
     * @param today          the treaty with the records {@code after}, as of today
     * @param timeline       the treaty with the records {@code after} at every date ({@link #timeline})
     */
    public record Change(List<Determination> determinations, Evaluation today, List<Evaluation> timeline) {
    }

    public Evaluation evaluate(Treaty treaty, LocalDate asOf) {
        return evaluate(List.of(treaty), asOf).get(treaty.code);
    }

    /** Evaluations by treaty code, in the order given, loading the instruments of all the treaties in one query. */
    public Map<String, Evaluation> evaluate(Collection<Treaty> treaties, LocalDate asOf) {
        Map<String, List<Instrument>> byTreaty = new HashMap<>();
        if (!treaties.isEmpty()) {
            instruments.counting(treaties.stream().map(t -> t.code).toList())
                    .forEach(i -> byTreaty.computeIfAbsent(i.treatyCode, k -> new ArrayList<>()).add(i));
        }
        Set<String> organisations = parties.organisationCodes();
        Map<String, Evaluation> out = new LinkedHashMap<>();
        for (Treaty treaty : treaties) {
            evaluations.increment();
            out.put(treaty.code, evaluate(treaty, InstrumentMapper.toEngine(byTreaty.getOrDefault(treaty.code, List.of())),
                    asOf, organisations));
        }
        return out;
    }

    /** A treaty just registered at every date ({@link #timeline}): no instrument can be on record yet, so nothing is loaded. */
    public List<Evaluation> timelineOfNew(Treaty treaty) {
        evaluations.increment();
        return timeline(treaty, List.of(), Set.of());
    }

    /**
     * One write: the treaty's counted instruments just before ({@code was}) and just after it ({@code is}), in
     * recording order, as the caller loaded them once under the treaty's lock. Only the rules whose instruments
     * changed are compared.
     */
    public Change evaluateChange(Treaty treaty, List<RecordedInstrument> was, List<RecordedInstrument> is) {
        evaluations.increment();
        List<Determination> determinations = new ArrayList<>();
        for (Rule rule : treaty.rules) {
            List<RecordedInstrument> ruleWas = governedBy(treaty, rule, was);
            List<RecordedInstrument> ruleIs = governedBy(treaty, rule, is);
            if (!ruleWas.equals(ruleIs)) {
                determinations.addAll(engine.determinations(RuleMapper.toEngine(treaty.code, rule), ruleWas, ruleIs));
            }
        }
        List<Evaluation> timeline = timeline(treaty, is, parties.organisationCodes());
        return new Change(determinations, at(timeline, AsOf.today()), timeline);
    }

    /**
     * A treaty as of {@code asOf} from records the caller already holds (e.g. an import's, before it writes), in
     * recording order; counts as one evaluation.
     */
    public Evaluation evaluate(Treaty treaty, List<RecordedInstrument> counting, LocalDate asOf) {
        evaluations.increment();
        return evaluate(treaty, counting, asOf, parties.organisationCodes());
    }

    /**
     * The treaty at every date, from records the caller already holds (in recording order): its evaluation as of
     * each date from which it may differ from the day before, the first as of {@link LocalDate#MIN}; each holds
     * until the next one's date. Counts as one evaluation.
     */
    public List<Evaluation> timeline(Treaty treaty, List<RecordedInstrument> counting) {
        evaluations.increment();
        return timeline(treaty, counting, parties.organisationCodes());
    }

    /** The evaluation of a {@link #timeline} that holds on {@code date}, as of that date. */
    public static Evaluation at(List<Evaluation> timeline, LocalDate date) {
        Evaluation holding = timeline.get(0);
        for (Evaluation e : timeline) {
            if (e.asOf().isAfter(date)) {
                break;
            }
            holding = e;
        }
        return new Evaluation(holding.treaty(), date, holding.status(), holding.entryIntoForce(), holding.acts(),
                holding.memberships());
    }

    private List<Evaluation> timeline(Treaty treaty, List<RecordedInstrument> counting, Set<String> organisations) {
        List<Evaluation> out = new ArrayList<>();
        LocalDate asOf = LocalDate.MIN;
        while (asOf != null) {
            At at = evaluateAt(treaty, counting, asOf, organisations);
            out.add(at.evaluation());
            asOf = at.nextChange();
        }
        return out;
    }

    /** {@code counting}: the engine's instruments in recording order; {@code organisations}: the organisations' party codes. */
    private Evaluation evaluate(Treaty treaty, List<RecordedInstrument> counting, LocalDate asOf, Set<String> organisations) {
        return evaluateAt(treaty, counting, asOf, organisations).evaluation();
    }

    /** An evaluation and the earliest later date from which the treaty's may differ ({@code null}: none). */
    private record At(Evaluation evaluation, LocalDate nextChange) {
    }

    private At evaluateAt(Treaty treaty, List<RecordedInstrument> counting, LocalDate asOf, Set<String> organisations) {
        TreatyStatus status = null;
        TreatyData.EntryIntoForce entryIntoForce = null;
        Map<String, Evaluation.ActEvaluation> acts = new LinkedHashMap<>();
        List<Membership> memberships = new ArrayList<>();
        boolean adopted = treaty.adoptedDate == null || !asOf.isBefore(treaty.adoptedDate);
        LocalDate next = adopted ? null : treaty.adoptedDate;
        for (Rule rule : treaty.rules) {
            RuleOutcome outcome = engine.evaluate(RuleMapper.toEngine(treaty.code, rule), governedBy(treaty, rule, counting), asOf,
                    organisations);
            TreatyStatus ruleStatus = adopted ? outcome.status() : TreatyStatus.NOT_YET_ADOPTED;
            TreatyData.EntryIntoForce ruleEntry = adopted ? toData(outcome.entryIntoForce()) : null;
            if (rule.actCode == null) {
                status = ruleStatus;
                entryIntoForce = ruleEntry;
            } else {
                acts.put(rule.actCode, new Evaluation.ActEvaluation(ruleStatus, ruleEntry));
            }
            outcome.parties().forEach(p -> memberships.add(membership(treaty.code, rule.actCode, p)));
            if (outcome.nextChange() != null && (next == null || outcome.nextChange().isBefore(next))) {
                next = outcome.nextChange();
            }
        }
        memberships.sort(BY_BOUND_THEN_STATE);
        return new At(new Evaluation(treaty.code, asOf, status, entryIntoForce, acts, List.copyOf(memberships)), next);
    }

    private static List<RecordedInstrument> governedBy(Treaty treaty, Rule rule, List<RecordedInstrument> counting) {
        return counting.stream().filter(i -> treaty.ruleFor(i.act()) == rule).toList();
    }

    private static TreatyData.EntryIntoForce toData(EntryIntoForce eif) {
        return eif == null ? null : new TreatyData.EntryIntoForce(eif.date(), eif.basis() == EntryIntoForce.Basis.DERIVED,
                InstrumentMapper.idOf(eif.trigger()));
    }

    /** The REST standing: {@code bound} is the engine's authoritative date, beside the recorded and computed ones. */
    private static Membership membership(String treaty, String ruleAct, PartyStatus party) {
        RecordedInstrument instrument = party.instrument();
        if (instrument == null) {
            return new Membership(treaty, ruleAct, party.state(), party.standing(), party.signedOn(), null, null, null,
                    null, null, null, null, null, null);
        }
        String act = ruleAct != null ? ruleAct : instrument.act();
        PartyDates dates = party.dates();
        return new Membership(treaty, act, party.state(), party.standing(), party.signedOn(),
                InstrumentMapper.idOf(instrument), instrument.type(), instrument.deposited(), party.boundFrom(),
                party.denunciationEffect(), dates.recorded(), dates.computed(), dates.agree(), dates.discrepancy());
    }
}
