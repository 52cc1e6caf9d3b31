package io.ipaccord.treaty.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.PartyStanding;
import io.ipaccord.contracts.treaty.TreatyStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the entry-into-force engine over generated treaties and instrument histories (jqwik). The treaties are
 * the seed catalogue's real rules ({@link SeedPartyTables#rule}) and rules built from the same kinds of parts (count
 * conditions over eligibility groups, delays from deposit or notification in days, months or years, later-party and
 * denunciation clocks, a named later date, a recorded initial date); the histories mix every instrument type, with
 * deposits drawn from a coarse calendar so that many fall on the same day, notifications, named dates and the
 * depositary's recorded dates.
 *
 * <p>A result is what the engine answers as of a date: the status, the entry into force (date, basis, trigger), and per
 * party its standing, dates, instrument, initial-party flag and denunciation effect, and the warnings (as a set).
 */
class EntryIntoForcePropertiesTest {

    private static final EntryIntoForceEngine ENGINE = new EntryIntoForceEngine();
    private static final LocalDate FIRST_DAY = LocalDate.of(1965, 1, 1);
    private static final List<String> GROUPS = List.of("PARIS_UNION", "BERNE_UNION", "MADRID_AGREEMENT", "PCT_CONDITION",
            "HAGUE_DESIGN_ACTIVITY");
    private static final List<String> STATES = IntStream.rangeClosed(1, 40).mapToObj(n -> "S" + n).toList();

    /** A treaty's rule and a history of instruments recorded for it, in recording order. */
    record Treaty(EntryIntoForceRule rule, List<RecordedInstrument> recorded, List<LocalDate> asOfDates) {
        @Override
        public String toString() {
            return rule + "\n  as of " + asOfDates + "\n  " + String.join("\n  ", recorded.stream().map(
                    i -> i + (i.groups().isEmpty() ? "" : " " + i.groups())
                            + (i.recordedEntryIntoForce() == null ? "" : " recorded " + i.recordedEntryIntoForce())).toList());
        }
    }

    @Property(tries = 300)
    void aPartyIsNeverBoundBeforeTheTreatyIsInForce(@ForAll("treaties") Treaty t) {
        for (LocalDate asOf : t.asOfDates()) {
            RuleOutcome outcome = ENGINE.evaluate(t.rule(), t.recorded(), asOf);
            Statistics.label("status").collect(outcome.status());
            for (PartyStatus p : outcome.parties()) {
                LocalDate computed = p.dates().computed();
                if (computed != null) {
                    assertThat(outcome.entryIntoForce()).as("%s computed %s with no entry into force", p.state(), computed)
                            .isNotNull();
                    assertThat(computed).as("%s computed bound date", p.state())
                            .isAfterOrEqualTo(outcome.entryIntoForce().date());
                }
                if (p.standing() == PartyStanding.BOUND && p.dates().recorded() == null) {
                    assertThat(outcome.status()).as("%s bound as of %s", p.state(), asOf).isEqualTo(TreatyStatus.IN_FORCE);
                }
            }
        }
        // The generated treaties reach every status often enough for the property to say something.
        Statistics.label("status").coverage(c -> {
            c.check(TreatyStatus.IN_FORCE).percentage(p -> p > 20);
            c.check(TreatyStatus.ADOPTED).percentage(p -> p > 10);
        });
    }

    @Property(tries = 300)
    void addingASignatureNeverChangesAnyDate(@ForAll("treaties") Treaty t, @ForAll("states") String state,
                                            @ForAll("days") LocalDate signed) {
        List<RecordedInstrument> after = new ArrayList<>(t.recorded());
        after.add(RecordedInstrument.of(state, InstrumentType.SIGNATURE, signed));
        for (LocalDate asOf : t.asOfDates()) {
            RuleOutcome was = ENGINE.evaluate(t.rule(), t.recorded(), asOf);
            RuleOutcome now = ENGINE.evaluate(t.rule(), after, asOf);
            assertThat(now.status()).isEqualTo(was.status());
            assertThat(now.entryIntoForce()).isEqualTo(was.entryIntoForce());
            for (PartyStatus p : now.parties()) {
                PartyStatus before = was.party(p.state()).orElse(null);
                if (before == null) {
                    assertThat(p.standing()).as("%s, new with a signature", p.state()).isEqualTo(PartyStanding.SIGNATORY);
                    continue;
                }
                assertThat(p.standing()).as("%s standing", p.state()).isEqualTo(before.standing());
                assertThat(p.boundFrom()).as("%s bound from", p.state()).isEqualTo(before.boundFrom());
                assertThat(p.dates()).as("%s dates", p.state()).isEqualTo(before.dates());
                assertThat(p.denunciationEffect()).as("%s denunciation effect", p.state()).isEqualTo(before.denunciationEffect());
            }
        }
    }

    /**
     * Any order of recording gives the same results, as long as instruments deposited on the same day keep their
     * relative order: on a same-day tie the engine takes the caller's order as the depositary's (it names the trigger,
     * and the first of a state's same-day binding instruments is the one that binds it, with its notification and named
     * dates). That part of the order is data, not noise; the service keeps it as the order of recording (deposit date,
     * then id), so there recording two same-day instruments the other way round does change the trigger.
     */
    @Property(tries = 300)
    void theOrderOfRecordingAcrossDaysNeverChangesAnyResult(@ForAll("treaties") Treaty t, @ForAll long seed) {
        // Positions, not the instruments: a history may hold two equal records (the same denunciation twice), and
        // each must keep its own place among its day's instruments.
        List<Integer> positions = new ArrayList<>(IntStream.range(0, t.recorded().size()).boxed().toList());
        Collections.shuffle(positions, new Random(seed));
        positions.sort(Comparator.comparing((Integer k) -> t.recorded().get(k).knownFrom())
                .thenComparing(Comparator.naturalOrder())); // each day's instruments in their recorded order again
        List<RecordedInstrument> shuffled = positions.stream().map(t.recorded()::get).toList();
        for (LocalDate asOf : t.asOfDates()) {
            assertThat(result(ENGINE.evaluate(t.rule(), shuffled, asOf)))
                    .isEqualTo(result(ENGINE.evaluate(t.rule(), t.recorded(), asOf)));
        }
    }

    /**
     * Withdrawing an instrument and depositing it again (so recorded last) restores every result, for an instrument
     * that is alone on its day (see {@link #theOrderOfRecordingAcrossDaysNeverChangesAnyResult} for same-day ties).
     */
    @Property(tries = 300)
    void withdrawingAnInstrumentAndDepositingItAgainRestoresEveryResult(@ForAll("treaties") Treaty t, @ForAll int pick) {
        Assume.that(!t.recorded().isEmpty());
        List<RecordedInstrument> again = new ArrayList<>(t.recorded());
        RecordedInstrument withdrawn = again.remove(Math.floorMod(pick, again.size()));
        Assume.that(again.stream().noneMatch(i -> i.knownFrom().equals(withdrawn.knownFrom())));
        List<RecordedInstrument> without = List.copyOf(again);
        again.add(withdrawn);
        for (LocalDate asOf : t.asOfDates()) {
            assertThat(result(ENGINE.evaluate(t.rule(), again, asOf)))
                    .isEqualTo(result(ENGINE.evaluate(t.rule(), t.recorded(), asOf)));
        }
        // The records before and after the pair determine nothing new; the deposit determines what the withdrawal undid.
        assertThat(ENGINE.determinations(t.rule(), t.recorded(), again)).isEmpty();
        assertThat(new TreeSet<>(ENGINE.determinations(t.rule(), without, again).stream().map(Object::toString).toList()))
                .isEqualTo(new TreeSet<>(ENGINE.determinations(t.rule(), without, t.recorded()).stream().map(Object::toString).toList()));
    }

    /** The comparable content of an outcome: everything but the order of its warnings. */
    private static Map<String, Object> result(RuleOutcome o) {
        Map<String, Object> out = new TreeMap<>();
        out.put("status", o.status());
        out.put("entryIntoForce", o.entryIntoForce());
        out.put("nextChange", o.nextChange());
        out.put("warnings", new TreeSet<>(o.warnings()));
        o.parties().forEach(p -> out.put("party " + p.state(), p));
        return out;
    }

    @Provide
    Arbitrary<String> states() {
        return Arbitraries.of(STATES);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        // Weeks: many instruments share a day, which is where recording order could matter.
        return Arbitraries.integers().between(0, 52 * 30).map(w -> FIRST_DAY.plusWeeks(w));
    }

    @Provide
    Arbitrary<Treaty> treaties() {
        Arbitrary<EntryIntoForceRule> rules = Arbitraries.oneOf(
                Arbitraries.of(SeedPartyTables.CODES).map(SeedPartyTables::rule),
                builtRules());
        Arbitrary<List<LocalDate>> asOf = days().list().ofMinSize(1).ofMaxSize(3)
                .map(l -> { List<LocalDate> all = new ArrayList<>(l); all.add(LocalDate.MAX); return all; });
        return Combinators.combine(rules, histories(), asOf).as(Treaty::new);
    }

    private Arbitrary<EntryIntoForceRule> builtRules() {
        Arbitrary<Set<InstrumentType>> qualifying = Arbitraries.subsetOf(
                InstrumentType.RATIFICATION, InstrumentType.ACCESSION, InstrumentType.ACCEPTANCE,
                InstrumentType.APPROVAL, InstrumentType.SIGNATURE_WITHOUT_RESERVATION).ofMinSize(1);
        Arbitrary<CountCondition> condition = Combinators.combine(
                Arbitraries.integers().between(1, 8),
                Arbitraries.oneOf(Arbitraries.just(Eligibility.anyParty()),
                        Arbitraries.of(GROUPS).map(Eligibility::inGroup),
                        Arbitraries.of(GROUPS).map(Eligibility::notInGroup)))
                .as(CountCondition::new);
        Arbitrary<List<CountCondition>> conditions = condition.list().ofMinSize(0).ofMaxSize(3);
        Arbitrary<Delay> delay = Combinators.combine(
                Arbitraries.integers().between(0, 12),
                Arbitraries.of(Delay.Unit.class),
                Arbitraries.of(Anchor.class)).as(Delay::new);
        Arbitrary<LocalDate> recorded = days().injectNull(0.7);
        return Combinators.combine(qualifying, conditions, delay, delay.injectNull(0.15), Arbitraries.of(true, false),
                        recorded, delay.injectNull(0.3))
                .as((types, conds, initial, later, mayName, recordedDate, denunciation) -> {
                    EntryIntoForceRule.Builder b = EntryIntoForceRule.builder("SYN").qualifying(types)
                            .initialDelay(initial).laterPartyDelay(later).partyMayNameLaterDate(mayName)
                            .recordedEntryIntoForce(conds.isEmpty() && recordedDate == null ? initial.after(FIRST_DAY) : recordedDate)
                            .denunciationDelay(denunciation).conditions(conds);
                    return b.build();
                });
    }

    private Arbitrary<List<RecordedInstrument>> histories() {
        Arbitrary<InstrumentType> type = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(InstrumentType.SIGNATURE, InstrumentType.SIGNATURE_WITHOUT_RESERVATION)),
                Tuple.of(8, Arbitraries.of(InstrumentType.RATIFICATION, InstrumentType.ACCESSION,
                        InstrumentType.ACCEPTANCE, InstrumentType.APPROVAL)),
                Tuple.of(1, Arbitraries.of(InstrumentType.SUCCESSION, InstrumentType.CONTINUED_APPLICATION)),
                Tuple.of(2, Arbitraries.just(InstrumentType.DENUNCIATION)),
                Tuple.of(1, Arbitraries.of(InstrumentType.DECLARATION, InstrumentType.UNKNOWN)));
        Arbitrary<Integer> lag = Arbitraries.integers().between(0, 45);
        Arbitrary<RecordedInstrument> instrument = Combinators.combine(
                        states(), type, days(), lag.injectNull(0.3), lag.map(n -> n * 10).injectNull(0.8),
                        Arbitraries.subsetOf(GROUPS), days().injectNull(0.85))
                .as((state, t, deposited, notifiedAfter, namedAfter, groups, recorded) -> new RecordedInstrument(
                        state, t, null,
                        t == InstrumentType.UNKNOWN ? null : deposited,
                        t == InstrumentType.UNKNOWN || notifiedAfter == null ? null : deposited.plusDays(notifiedAfter),
                        t == InstrumentType.UNKNOWN || namedAfter == null ? null : deposited.plusDays(namedAfter),
                        groups, null,
                        t == InstrumentType.UNKNOWN ? deposited : recorded));
        return instrument.list().ofMinSize(0).ofMaxSize(60);
    }
}
