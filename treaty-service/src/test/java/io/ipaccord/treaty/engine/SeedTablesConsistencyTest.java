package io.ipaccord.treaty.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.treaty.DateDiscrepancy;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.treaty.partytable.PartyRow;

/**
 * The engine over the depositary's 27 tables (seed/parties/), with the seed's rules: for every party the computed
 * date next to the recorded one, and the reason where they differ. Prints the per-treaty figures (quoted in the
 * README) and pins them; asserts the properties the figures must keep.
 */
class SeedTablesConsistencyTest {

    /** How the rule dates later parties: what the agreement share is read against. */
    enum Clock {
        /** One text, later parties dated from their deposit. */
        DEPOSIT,
        /** One text (or the latest Act), later parties dated from the depositary's notification. */
        NOTIFICATION,
        /** A Union table mixing Acts with different clocks (the rule has other Acts' clocks). */
        ACTS,
        /** No later-party rule. */
        NONE;

        static Clock of(EntryIntoForceRule rule) {
            if (rule.laterPartyDelay() == null) {
                return NONE;
            }
            if (!rule.otherActClocks().isEmpty() && rule.laterPartyDelay().anchor() == Anchor.DEPOSIT) {
                return ACTS;
            }
            return rule.laterPartyDelay().anchor() == Anchor.DEPOSIT ? DEPOSIT : NOTIFICATION;
        }
    }

    record Figures(String treaty, Clock clock, int parties, int compared, int agreeing,
                   Map<DateDiscrepancy, Integer> reasons, List<String> unexplained) {

        double agreement() {
            return compared == 0 ? 1 : (double) agreeing / compared;
        }

        String row() {
            String by = reasons.entrySet().stream()
                    .map(e -> e.getKey().name() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %s |", treaty,
                    clock.name().toLowerCase(Locale.ROOT), parties, compared, agreeing,
                    compared == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * agreement()), by);
        }
    }

    static final Map<String, Figures> FIGURES = new LinkedHashMap<>();

    @BeforeAll
    static void evaluateEveryTable() {
        for (String code : SeedPartyTables.CODES) {
            RuleOutcome outcome = SeedPartyTables.outcome(code);
            EntryIntoForceRule rule = SeedPartyTables.rule(code);
            int parties = 0;
            int compared = 0;
            int agreeing = 0;
            Map<DateDiscrepancy, Integer> reasons = new EnumMap<>(DateDiscrepancy.class);
            List<String> unexplained = new ArrayList<>();
            for (PartyStatus p : outcome.parties()) {
                if (p.instrument() == null) {
                    continue;
                }
                parties++;
                PartyDates d = p.dates();
                if (d.compared()) {
                    compared++;
                }
                if (Boolean.TRUE.equals(d.agree())) {
                    agreeing++;
                } else if (d.discrepancy() != null) {
                    reasons.merge(d.discrepancy(), 1, Integer::sum);
                    if (d.discrepancy() == DateDiscrepancy.UNEXPLAINED) {
                        unexplained.add(code + ":" + p.state());
                    }
                }
            }
            FIGURES.put(code, new Figures(code, Clock.of(rule), parties, compared, agreeing, reasons, unexplained));
        }
        System.out.println("| treaty | later-party clock from | parties | compared | agreeing | agreement | differing, by reason |");
        System.out.println("|---|---|---|---|---|---|---|");
        FIGURES.values().forEach(f -> System.out.println(f.row()));
        for (Clock clock : List.of(Clock.DEPOSIT, Clock.NOTIFICATION, Clock.ACTS)) {
            int[] t = totals(clock);
            System.out.printf(Locale.ROOT, "| all, %s clock | | %d | %d | %d | %.1f%% | |%n",
                    clock.name().toLowerCase(Locale.ROOT), t[0], t[1], t[2], 100.0 * t[2] / t[1]);
        }
        int[] all = {0, 0, 0};
        FIGURES.values().forEach(f -> {
            all[0] += f.parties();
            all[1] += f.compared();
            all[2] += f.agreeing();
        });
        System.out.printf(Locale.ROOT, "| all | | %d | %d | %d | %.1f%% | |%n", all[0], all[1], all[2], 100.0 * all[2] / all[1]);
        FIGURES.forEach((code, f) -> System.out.println("PIN " + code + " " + pin(f)));
    }

    private static String pin(Figures f) {
        return f.parties() + "/" + f.compared() + "/" + f.agreeing() + " " + f.reasons();
    }

    private static int[] totals(Clock clock) {
        int[] t = new int[3];
        FIGURES.values().stream().filter(f -> f.clock() == clock).forEach(f -> {
            t[0] += f.parties();
            t[1] += f.compared();
            t[2] += f.agreeing();
        });
        return t;
    }

    @Test
    void atLeast97PercentAgreeWhereTheLaterPartyClockRunsFromDeposit() {
        int[] deposit = totals(Clock.DEPOSIT);
        assertThat(deposit[1]).isGreaterThan(1000);
        assertThat((double) deposit[2] / deposit[1]).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void everyPartyOfATreatyInForceHasAComputedDateUnlessItsInstrumentIsNotOnRecord() {
        for (String code : SeedPartyTables.CODES) {
            RuleOutcome outcome = SeedPartyTables.outcome(code);
            if (outcome.entryIntoForce() == null) {
                continue;
            }
            assertThat(outcome.parties())
                    .filteredOn(p -> p.instrument() != null && p.instrument().type() != InstrumentType.UNKNOWN)
                    .as(code)
                    .allSatisfy(p -> assertThat(p.dates().computed()).as(code + " " + p.state()).isNotNull());
        }
        assertThat(FIGURES.values()).allSatisfy(f -> assertThat(f.reasons()).doesNotContainKey(DateDiscrepancy.RULE_NOT_RECORDED));
    }

    @Test
    void theTreatiesNotInForceDateNobody() {
        assertThat(new TreeSet<>(FIGURES.values().stream().filter(f -> f.compared() == 0).map(Figures::treaty).toList()))
                .containsExactly("GRATK", "RDLT", "WASHINGTON_IPIC");
    }

    @Test
    void unexplainedDifferencesAreFewAndPinned() {
        List<String> unexplained = FIGURES.values().stream().flatMap(f -> f.unexplained().stream()).toList();
        int compared = FIGURES.values().stream().mapToInt(Figures::compared).sum();
        assertThat(unexplained.size()).isLessThanOrEqualTo(compared / 100);
        // Each one checked by hand against its row: none of the reasons' conditions holds (e.g. Benin under the
        // Brussels Convention in force one day before deposit + 3 months; Namibia in the Paris Union 3 days after its
        // 2003 accession; Canada under the Hague Union and its Geneva Act 3 months and 20 days after its accession).
        assertThat(unexplained).containsExactlyInAnyOrder(
                "BRUSSELS:BJ", "HAGUE:BR", "HAGUE:CA", "HAGUE:EG", "HAGUE:EU",
                "HAGUE_GENEVA_1999:CA", "MADRID_MARKS:EG", "MADRID_MARKS:MA", "MADRID_SOURCE:DO", "MADRID_SOURCE:EG",
                "PARIS:NA", "PCT:BW", "WIPO_CONV:NZ");
    }

    @Test
    void theFiguresArePinned() {
        Map<String, String> pinned = new LinkedHashMap<>();
        FIGURES.forEach((code, f) -> pinned.put(code, pin(f)));
        assertThat(pinned).containsExactlyEntriesOf(PINNED);
    }

    /** parties/compared/agreeing and the differing parties by reason, as measured. */
    static final Map<String, String> PINNED = new LinkedHashMap<>();

    static {
        PINNED.put("BEIJING", "48/48/48 {}");
        PINNED.put("BERNE", "182/182/116 {NOTIFICATION_NOT_RECORDED=35, NAMED_LATER_DATE=3, OTHER_ACT=28}");
        PINNED.put("BRUSSELS", "40/40/39 {UNEXPLAINED=1}");
        PINNED.put("GRATK", "2/0/0 {}");
        PINNED.put("HAGUE", "82/82/45 {OTHER_ACT=32, MONTH_END=1, UNEXPLAINED=4}");
        PINNED.put("HAGUE_GENEVA_1999", "12/8/7 {INSTRUMENT_NOT_RECORDED=4, UNEXPLAINED=1}");
        PINNED.put("LISBON", "30/30/22 {NOTIFICATION_NOT_RECORDED=6, NAMED_LATER_DATE=1, OTHER_ACT=1}");
        PINNED.put("LISBON_GENEVA_2015", "6/6/5 {FOLLOWS_ORGANISATION=1}");
        PINNED.put("LOCARNO", "63/63/53 {NOTIFICATION_NOT_RECORDED=10}");
        PINNED.put("MADRID_MARKS", "55/55/35 {NOTIFICATION_NOT_RECORDED=8, OTHER_ACT=10, UNEXPLAINED=2}");
        PINNED.put("MADRID_PROTOCOL", "116/116/111 {NOTIFICATION_NOT_RECORDED=3, FOLLOWS_ORGANISATION=2}");
        PINNED.put("MADRID_SOURCE", "36/35/18 {NOTIFICATION_NOT_RECORDED=3, INSTRUMENT_NOT_RECORDED=1, OTHER_ACT=12, UNEXPLAINED=2}");
        PINNED.put("MARRAKESH", "101/101/101 {}");
        PINNED.put("NAIROBI", "56/56/56 {}");
        PINNED.put("NICE", "96/96/69 {NOTIFICATION_NOT_RECORDED=14, NAMED_LATER_DATE=2, OTHER_ACT=11}");
        PINNED.put("PARIS", "181/180/97 {NOTIFICATION_NOT_RECORDED=30, NAMED_LATER_DATE=6, INSTRUMENT_NOT_RECORDED=1, OTHER_ACT=46, UNEXPLAINED=1}");
        PINNED.put("PCT", "158/158/157 {UNEXPLAINED=1}");
        PINNED.put("PHONOGRAMS", "81/81/30 {NOTIFICATION_NOT_RECORDED=51}");
        PINNED.put("RDLT", "0/0/0 {}");
        PINNED.put("ROME", "99/99/99 {}");
        PINNED.put("SINGAPORE", "56/56/51 {FOLLOWS_ORGANISATION=5}");
        PINNED.put("STRASBOURG_IPC", "68/68/55 {NOTIFICATION_NOT_RECORDED=13}");
        PINNED.put("TLT", "57/55/53 {FOLLOWS_ORGANISATION=2, NOT_RECORDED=2}");
        PINNED.put("WASHINGTON_IPIC", "3/0/0 {}");
        PINNED.put("WCT", "118/118/117 {MONTH_END=1}");
        PINNED.put("WIPO_CONV", "194/193/191 {INSTRUMENT_NOT_RECORDED=1, MONTH_END=1, UNEXPLAINED=1}");
        PINNED.put("WPPT", "114/114/113 {MONTH_END=1}");
    }

    @Test
    void monthEndsFollowTheDepositarysUsualPracticeTheLastDayOfTheShorterMonth() {
        int lastDay = 0;
        int nextDay = 0;
        for (String code : SeedPartyTables.CODES) {
            EntryIntoForceRule rule = SeedPartyTables.rule(code);
            Delay clock = rule.laterPartyDelay();
            if (clock == null || clock.anchor() != Anchor.DEPOSIT) {
                continue;
            }
            for (PartyRow row : SeedPartyTables.rows(code)) {
                LocalDate deposit = row.instrumentDate();
                if (deposit == null || row.entryIntoForce() == null || row.instrumentType().isSuccession()
                        || !clock.endsShort(deposit)) {
                    continue;
                }
                LocalDate end = clock.after(deposit);
                if (row.entryIntoForce().equals(end)) {
                    lastDay++;
                } else if (row.entryIntoForce().equals(end.plusDays(1))) {
                    nextDay++;
                }
            }
        }
        System.out.println("month ends: last day " + lastDay + ", next day " + nextDay);
        assertThat(lastDay).isGreaterThanOrEqualTo(3 * nextDay);
        assertThat(new int[] {lastDay, nextDay}).containsExactly(MONTH_END_LAST_DAY, MONTH_END_NEXT_DAY);

        // Real rows: Malaysia's Marrakesh accession (2022-03-31) and Turkmenistan's Rome accession (2020-08-31).
        RuleOutcome marrakesh = SeedPartyTables.outcome("MARRAKESH");
        assertThat(marrakesh.party("MY").orElseThrow().dates())
                .isEqualTo(new PartyDates(LocalDate.parse("2022-06-30"), LocalDate.parse("2022-06-30"),
                        LocalDate.parse("2022-06-30"), true, null));
        assertThat(SeedPartyTables.outcome("ROME").party("TM").orElseThrow().dates().computed())
                .isEqualTo(LocalDate.parse("2020-11-30"));
        // The exception: Switzerland's WCT ratification of 2008-03-31 is recorded in force on 2008-07-01.
        assertThat(SeedPartyTables.outcome("WCT").party("CH").orElseThrow().dates())
                .isEqualTo(new PartyDates(LocalDate.parse("2008-07-01"), LocalDate.parse("2008-06-30"),
                        LocalDate.parse("2008-07-01"), false, DateDiscrepancy.MONTH_END));
    }

    static final int MONTH_END_LAST_DAY = 15;
    static final int MONTH_END_NEXT_DAY = 4;
}
