package io.ipaccord.treaty.engine;

import static io.ipaccord.treaty.engine.EngineFixtures.d;
import static io.ipaccord.treaty.engine.EngineFixtures.parties;
import static io.ipaccord.treaty.engine.Anchor.DEPOSIT;
import static io.ipaccord.treaty.engine.Anchor.NOTIFICATION;
import static io.ipaccord.treaty.engine.Delay.months;
import static io.ipaccord.contracts.treaty.InstrumentType.ACCEPTANCE;
import static io.ipaccord.contracts.treaty.InstrumentType.ACCESSION;
import static io.ipaccord.contracts.treaty.InstrumentType.CONTINUED_APPLICATION;
import static io.ipaccord.contracts.treaty.InstrumentType.DECLARATION;
import static io.ipaccord.contracts.treaty.InstrumentType.DENUNCIATION;
import static io.ipaccord.contracts.treaty.InstrumentType.RATIFICATION;
import static io.ipaccord.contracts.treaty.InstrumentType.SIGNATURE;
import static io.ipaccord.contracts.treaty.InstrumentType.SIGNATURE_WITHOUT_RESERVATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.ipaccord.treaty.engine.PartyStatus.Bound;
import io.ipaccord.treaty.engine.PartyStatus.ContractingNotYetBound;
import io.ipaccord.treaty.engine.PartyStatus.Denounced;
import io.ipaccord.treaty.engine.PartyStatus.Signatory;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.contracts.treaty.PartyStanding;
import io.ipaccord.contracts.treaty.InstrumentType;

/**
 * One nested class per rule shape. Real instruments come from ../shared/data; parties whose codes start with
 * {@code SYN-} and dates marked "synthetic" are made up to complete a count.
 */
class EntryIntoForceEngineTest {

    private final EntryIntoForceEngine engine = new EntryIntoForceEngine();

    /** Berne as the depositary records it: in force 1887-12-05, later parties three months after notification. */
    private final EntryIntoForceRule berne = EntryIntoForceRule.builder("BERNE")
            .initialDelay(months(3, DEPOSIT))
            .laterPartyDelay(months(3, NOTIFICATION))
            .recordedEntryIntoForce(d("1887-12-05"))
            .build();

    private static LocalDate boundSince(RuleOutcome status, String state) {
        return status.party(state)
                .filter(Bound.class::isInstance)
                .map(p -> ((Bound) p).boundFrom())
                .orElseThrow(() -> new AssertionError(state + " is not bound: " + status.party(state)));
    }

    @Nested
    class PlainCountFromDeposit {

        // SYNTHETIC parties and dates: five instruments, three months after the fifth.
        private final EntryIntoForceRule rule = EntryIntoForceRule.simple("TLT", 5, months(3, DEPOSIT));

        private List<RecordedInstrument> five() {
            return new ArrayList<>(List.of(
                    RecordedInstrument.of("SYN-1", RATIFICATION, d("1995-03-01")),
                    RecordedInstrument.of("SYN-2", ACCESSION, d("1995-06-15")),
                    RecordedInstrument.of("SYN-3", ACCEPTANCE, d("1995-11-30")),
                    RecordedInstrument.of("SYN-4", InstrumentType.APPROVAL, d("1996-02-10")),
                    RecordedInstrument.of("SYN-5", RATIFICATION, d("1996-05-01"))));
        }

        @Test
        void entersIntoForceThreeMonthsAfterTheFifthInstrumentForAllFive() {
            RuleOutcome status = engine.evaluate(rule, five(), d("1996-08-01"));

            assertThat(status.status()).isEqualTo(TreatyStatus.IN_FORCE);
            assertThat(status.entryIntoForce().date()).isEqualTo("1996-08-01");
            assertThat(status.entryIntoForce().trigger().state()).isEqualTo("SYN-5");
            assertThat(status.parties()).hasSize(5).allSatisfy(p ->
                    assertThat(p).isInstanceOfSatisfying(Bound.class, b -> assertThat(b.boundFrom()).isEqualTo("1996-08-01")));
        }

        @Test
        void fourAreNotEnoughAndASecondInstrumentOfTheSameStateCountsOnce() {
            List<RecordedInstrument> list = five();
            list.set(4, RecordedInstrument.of("SYN-1", ACCESSION, d("1996-05-01")));
            RuleOutcome status = engine.evaluate(rule, list, d("2000-01-01"));

            assertThat(status.entryIntoForce()).isNull();
            assertThat(parties(status, PartyStanding.CONTRACTING_NOT_YET_BOUND)).hasSize(4);
        }

        @Test
        void aBareSignatureNeverQualifies() {
            List<RecordedInstrument> list = five();
            list.set(4, RecordedInstrument.of("SYN-5", SIGNATURE, d("1996-05-01")));
            RuleOutcome status = engine.evaluate(rule, list, d("2000-01-01"));

            assertThat(status.entryIntoForce()).isNull();
            assertThat(status.party("SYN-5")).get().isEqualTo(new Signatory("SYN-5", d("1996-05-01")));
            assertThatThrownBy(() -> EntryIntoForceRule.builder("X").qualifying(Set.of(SIGNATURE, RATIFICATION))
                    .requires(1).initialDelay(months(3, DEPOSIT)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SIGNATURE");
        }

        @Test
        void onlyTheRulesQualifyingTypesCount() {
            EntryIntoForceRule ratificationOnly = rule.toBuilder().qualifying(Set.of(RATIFICATION, ACCESSION)).build();
            RuleOutcome status = engine.evaluate(ratificationOnly, five(), d("2000-01-01"));

            assertThat(status.entryIntoForce()).isNull();
            assertThat(status.party("SYN-3")).isEmpty();
            assertThat(status.warnings()).anyMatch(w -> w.contains("SYN-3") && w.contains("acceptance"));
        }
    }

    @Nested
    class LaterParties {

        private final EntryIntoForceRule rule = EntryIntoForceRule.simple("WCT", 2, months(3, DEPOSIT));

        @Test
        void laterPartyIsBoundThreeMonthsAfterItsOwnDepositAndNeverBeforeEntryIntoForce() {
            List<RecordedInstrument> list = List.of(
                    RecordedInstrument.of("SYN-1", RATIFICATION, d("2001-01-10")),   // synthetic
                    RecordedInstrument.of("SYN-2", RATIFICATION, d("2001-12-06")),   // synthetic, completes the count
                    RecordedInstrument.of("SYN-3", RATIFICATION, d("2001-12-20")),   // after the trigger, before entry into force
                    RecordedInstrument.of("NG", ACCESSION, d("2017-10-04")));        // Nigeria WCT -> 2018-01-04 (treaty_actions.csv)
            RuleOutcome status = engine.evaluate(rule, list, d("2030-01-01"));

            assertThat(status.entryIntoForce().date()).isEqualTo("2002-03-06");
            assertThat(boundSince(status, "SYN-3")).isEqualTo("2002-03-20");
            assertThat(boundSince(status, "NG")).isEqualTo("2018-01-04");
            assertThat(status.party("NG")).get().isInstanceOfSatisfying(Bound.class, b -> assertThat(b.initialParty()).isFalse());
        }

        @Test
        void aShorterLaterPartyDelayStillWaitsForEntryIntoForce() {
            EntryIntoForceRule shortLater = rule.toBuilder().laterPartyDelay(Delay.days(10, DEPOSIT)).build();
            List<RecordedInstrument> list = List.of(
                    RecordedInstrument.of("SYN-1", RATIFICATION, d("2001-01-10")),
                    RecordedInstrument.of("SYN-2", RATIFICATION, d("2001-12-06")),
                    RecordedInstrument.of("SYN-3", RATIFICATION, d("2001-12-20")));
            RuleOutcome status = engine.evaluate(shortLater, list, d("2030-01-01"));

            assertThat(boundSince(status, "SYN-3")).isEqualTo("2002-03-06");
        }

        @Test
        void withoutALaterPartyRuleTheDateIsNotGuessed() {
            EntryIntoForceRule historic = EntryIntoForceRule.builder("MADRID_SOURCE")
                    .recordedEntryIntoForce(d("1892-07-15")).build();
            RuleOutcome status = engine.evaluate(historic,
                    List.of(RecordedInstrument.of("SYN-1", ACCESSION, d("1960-01-01"))), d("2000-01-01"));

            assertThat(status.inForce()).isTrue();
            assertThat(status.party("SYN-1")).get().isInstanceOfSatisfying(ContractingNotYetBound.class,
                    c -> assertThat(c.boundFrom()).isNull());
            assertThat(status.warnings()).anyMatch(w -> w.contains("no later-party rule"));
        }
    }

    @Nested
    class FromTheDepositarysNotification {

        private final EntryIntoForceRule paris = EntryIntoForceRule.builder("PARIS")
                .laterPartyDelay(months(3, NOTIFICATION))
                .partyMayNameLaterDate(true)
                .recordedEntryIntoForce(d("1884-07-07"))
                .build();

        @Test
        void japanBerneRunsFromTheNotificationNotTheDeposit() {
            RecordedInstrument japan = RecordedInstrument.of("JP", RATIFICATION, d("1975-01-20")).withAct("Paris Act (1971)")
                    .notifiedOn(d("1975-01-24")).withReference("Berne Notification No. 68");
            RuleOutcome status = engine.evaluate(berne, List.of(japan), d("1975-04-24"));

            assertThat(boundSince(status, "JP")).isEqualTo("1975-04-24");
            assertThat(engine.evaluate(berne, List.of(japan), d("1975-04-23")).party("JP")).get()
                    .isInstanceOfSatisfying(ContractingNotYetBound.class,
                            c -> assertThat(c.boundFrom()).isEqualTo("1975-04-24"));
        }

        @Test
        void chinaBerne() {
            // Deposit 1992-07-10; notification 1992-07-15 (inferred in treaty_actions.csv) -> 1992-10-15.
            RecordedInstrument china = RecordedInstrument.of("CN", ACCESSION, d("1992-07-10")).notifiedOn(d("1992-07-15"));
            assertThat(boundSince(engine.evaluate(berne, List.of(china), d("1992-10-15")), "CN")).isEqualTo("1992-10-15");
        }

        @Test
        void chinaParisNotifiedTheSameDay() {
            RecordedInstrument china = RecordedInstrument.of("CN", ACCESSION, d("1984-12-19")).notifiedOn(d("1984-12-19"));
            RuleOutcome status = engine.evaluate(paris, List.of(china), d("1985-03-19"));

            assertThat(boundSince(status, "CN")).isEqualTo("1985-03-19");
            assertThat(status.warnings()).isEmpty();
        }

        @Test
        void aMissingNotificationDateFallsBackToTheDepositWithAWarning() {
            RecordedInstrument china = RecordedInstrument.of("CN", ACCESSION, d("1984-12-19"));
            RuleOutcome status = engine.evaluate(paris, List.of(china), d("1985-03-19"));

            assertThat(boundSince(status, "CN")).isEqualTo("1985-03-19");
            assertThat(status.warnings()).singleElement().asString()
                    .contains("CN").contains("notification").contains("deposit date used");
        }

        @Test
        void aNotificationBeforeTheDepositIsRejected() {
            assertThatThrownBy(() -> RecordedInstrument.of("CN", ACCESSION, d("1984-12-19")).notifiedOn(d("1984-12-18")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class EligibilityGroups {

        private final EntryIntoForceRule wipo = EntryIntoForceRule.builder("WIPO_CONV")
                .qualifying(Set.of(RATIFICATION, ACCESSION, SIGNATURE_WITHOUT_RESERVATION))
                .requires(10, "PARIS_UNION")
                .requires(7, "BERNE_UNION")
                .initialDelay(months(3, DEPOSIT))
                .laterPartyDelay(months(3, DEPOSIT))
                .build();

        /** SYNTHETIC: 6 states in both Unions and 3 in the Paris Union only (9 Paris, 6 Berne) before Switzerland. */
        private List<RecordedInstrument> beforeSwitzerland() {
            List<RecordedInstrument> list = new ArrayList<>();
            list.add(RecordedInstrument.of("SYN-B1", SIGNATURE_WITHOUT_RESERVATION, d("1967-07-14")).inGroups("PARIS_UNION", "BERNE_UNION"));
            for (int n = 2; n <= 6; n++) {
                list.add(RecordedInstrument.of("SYN-B" + n, RATIFICATION, d("1968-0" + n + "-01")).inGroups("PARIS_UNION", "BERNE_UNION"));
            }
            for (int n = 1; n <= 3; n++) {
                list.add(RecordedInstrument.of("SYN-P" + n, RATIFICATION, d("1969-0" + n + "-01")).inGroups("PARIS_UNION"));
            }
            // A bare signature by a Union state: does not count.
            list.add(RecordedInstrument.of("SYN-S", SIGNATURE, d("1967-07-14")).inGroups("PARIS_UNION", "BERNE_UNION"));
            // Non-Union states: one acting more than three months before entry into force, one after the count.
            list.add(RecordedInstrument.of("SYN-N1", ACCESSION, d("1969-10-01")));
            list.add(RecordedInstrument.of("SYN-N2", ACCESSION, d("1970-02-10")));
            return list;
        }

        private final RecordedInstrument switzerland = RecordedInstrument.of("CH", RATIFICATION, d("1970-01-26"))
                .inGroups("PARIS_UNION", "BERNE_UNION").withReference("WIPO Notification No. 17");
        private final RecordedInstrument usa = RecordedInstrument.of("US", RATIFICATION, d("1970-05-25"))
                .inGroups("PARIS_UNION").withReference("WIPO Notification No. 22");

        @Test
        void switzerlandCompletesTenParisAndSevenBerneStates() {
            List<RecordedInstrument> list = beforeSwitzerland();
            list.add(switzerland);
            list.add(usa);

            assertThat(engine.evaluate(wipo, list, d("1970-01-25")).entryIntoForce()).isNull();

            RuleOutcome status = engine.evaluate(wipo, list, d("1970-12-31"));
            assertThat(status.entryIntoForce().date()).isEqualTo("1970-04-26");
            assertThat(status.entryIntoForce().trigger()).isEqualTo(switzerland);
            assertThat(boundSince(status, "CH")).isEqualTo("1970-04-26");
            assertThat(boundSince(status, "SYN-B1")).isEqualTo("1970-04-26"); // signature without reservation
            assertThat(boundSince(status, "SYN-N1")).isEqualTo("1970-04-26"); // non-Union, acted 3+ months before
            assertThat(boundSince(status, "SYN-N2")).isEqualTo("1970-05-10"); // Art.15(2)
            assertThat(boundSince(status, "US")).isEqualTo("1970-08-25");
            assertThat(status.party("SYN-S")).get().isInstanceOf(Signatory.class);
        }

        @Test
        void aStateInBothUnionsCountsInBothGroups() {
            List<RecordedInstrument> list = new ArrayList<>();
            for (int n = 1; n <= 7; n++) {
                list.add(RecordedInstrument.of("SYN-B" + n, RATIFICATION, d("1969-01-0" + n)).inGroups("PARIS_UNION", "BERNE_UNION"));
            }
            for (int n = 1; n <= 3; n++) {
                list.add(RecordedInstrument.of("SYN-P" + n, RATIFICATION, d("1969-02-0" + n)).inGroups("PARIS_UNION"));
            }
            RuleOutcome status = engine.evaluate(wipo, list, d("1970-01-01"));

            assertThat(status.entryIntoForce().date()).isEqualTo("1969-05-03");
            assertThat(status.entryIntoForce().trigger().state()).isEqualTo("SYN-P3");
        }

        @Test
        void eachGroupMustReachItsOwnCount() {
            List<RecordedInstrument> list = new ArrayList<>();
            for (int n = 1; n <= 12; n++) {
                list.add(RecordedInstrument.of("SYN-P" + n, RATIFICATION, LocalDate.of(1968, n, 1)).inGroups("PARIS_UNION"));
            }
            for (int n = 1; n <= 6; n++) {
                list.add(RecordedInstrument.of("SYN-B" + n, RATIFICATION, LocalDate.of(1969, n, 1)).inGroups("BERNE_UNION"));
            }
            assertThat(engine.evaluate(wipo, list, d("1975-01-01")).entryIntoForce()).isNull();

            list.add(RecordedInstrument.of("SYN-B7", ACCESSION, d("1969-09-15")).inGroups("BERNE_UNION"));
            assertThat(engine.evaluate(wipo, list, d("1975-01-01")).entryIntoForceDate()).contains(d("1969-12-15"));
        }

        @Test
        void pctNeedsEightStatesOfWhichFourMeetTheCondition() {
            EntryIntoForceRule pct = EntryIntoForceRule.builder("PCT")
                    .requires(8).requires(4, "PCT_CONDITION")
                    .initialDelay(months(3, DEPOSIT)).laterPartyDelay(months(3, DEPOSIT)).build();
            List<RecordedInstrument> list = new ArrayList<>();
            // SYNTHETIC: eight states, only three meeting the patent-activity condition.
            for (int n = 1; n <= 8; n++) {
                RecordedInstrument i = RecordedInstrument.of("SYN-" + n, RATIFICATION, LocalDate.of(1976, n, 10));
                list.add(n <= 3 ? i.inGroups("PCT_CONDITION") : i);
            }
            list.add(RecordedInstrument.of("SYN-9", ACCESSION, d("1977-03-01")));
            assertThat(engine.evaluate(pct, list, d("1980-01-01")).entryIntoForce()).isNull();

            RecordedInstrument fourth = RecordedInstrument.of("SYN-10", RATIFICATION, d("1977-10-24")).inGroups("PCT_CONDITION");
            list.add(fourth);
            list.add(RecordedInstrument.of("CN", ACCESSION, d("1993-10-01")));   // China -> 1994-01-01
            list.add(RecordedInstrument.of("ID", ACCESSION, d("1997-06-05")));   // Indonesia -> 1997-09-05
            RuleOutcome status = engine.evaluate(pct, list, d("2000-01-01"));

            assertThat(status.entryIntoForce().date()).isEqualTo("1978-01-24");
            assertThat(status.entryIntoForce().trigger()).isEqualTo(fourth);
            assertThat(parties(status, PartyStanding.BOUND)).filteredOn(p -> ((Bound) p).initialParty()).hasSize(10);
            assertThat(boundSince(status, "CN")).isEqualTo("1994-01-01");
            assertThat(boundSince(status, "ID")).isEqualTo("1997-09-05");
        }

        @Test
        void madridProtocolNeedsAMemberAndANonMemberOfTheAgreement() {
            EntryIntoForceRule protocol = EntryIntoForceRule.builder("MADRID_PROTOCOL")
                    .conditions(CountCondition.parseAll("4;1:MADRID_AGREEMENT;1:!MADRID_AGREEMENT"))
                    .initialDelay(months(3, DEPOSIT)).laterPartyDelay(months(3, NOTIFICATION)).build();
            List<RecordedInstrument> list = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {   // SYNTHETIC: five Agreement states
                list.add(RecordedInstrument.of("SYN-A" + n, RATIFICATION, LocalDate.of(1992, n, 1)).inGroups("MADRID_AGREEMENT"));
            }
            assertThat(engine.evaluate(protocol, list, d("1999-01-01")).entryIntoForce()).isNull();

            list.add(RecordedInstrument.of("SYN-X", ACCESSION, d("1995-09-01")));   // SYNTHETIC: neither party nor member
            assertThat(engine.evaluate(protocol, list, d("1999-01-01")).entryIntoForceDate()).contains(d("1995-12-01"));
        }
    }

    @Nested
    class OneMonthDelay {

        private final EntryIntoForceRule nairobi = EntryIntoForceRule.simple("NAIROBI", 3, Delay.months(1, DEPOSIT));

        @Test
        void nairobiEntersIntoForceOneMonthAfterTheThirdInstrument() {
            List<RecordedInstrument> list = List.of(
                    RecordedInstrument.of("KE", RATIFICATION, d("1982-01-20")),   // real party, synthetic date
                    RecordedInstrument.of("ET", RATIFICATION, d("1982-05-10")),   // real party, synthetic date
                    RecordedInstrument.of("GQ", ACCESSION, d("1982-08-25")),      // the third (treaties.csv)
                    RecordedInstrument.of("EG", RATIFICATION, d("1982-09-01")),   // -> 1982-10-01
                    RecordedInstrument.of("SU", ACCESSION, d("1986-03-17")));     // USSR -> 1986-04-17
            RuleOutcome status = engine.evaluate(nairobi, list, d("1990-01-01"));

            assertThat(status.entryIntoForce().date()).isEqualTo("1982-09-25");
            assertThat(boundSince(status, "KE")).isEqualTo("1982-09-25");
            assertThat(boundSince(status, "GQ")).isEqualTo("1982-09-25");
            assertThat(boundSince(status, "EG")).isEqualTo("1982-10-01");
            assertThat(boundSince(status, "SU")).isEqualTo("1986-04-17");
        }

        @Test
        void delaysCanBeCountedInDays() {
            EntryIntoForceRule days = EntryIntoForceRule.simple("SYN-TREATY", 1, Delay.days(30, DEPOSIT));
            RuleOutcome status = engine.evaluate(days, List.of(RecordedInstrument.of("SYN-1", RATIFICATION, d("2020-01-01"))),
                    d("2020-01-31"));

            assertThat(status.inForce()).isTrue();
            assertThat(status.entryIntoForce().date()).isEqualTo("2020-01-31");
        }
    }

    @Nested
    class NamedLaterDate {

        private final EntryIntoForceRule budapest = EntryIntoForceRule.builder("BUDAPEST")
                .requires(5).initialDelay(months(3, DEPOSIT)).laterPartyDelay(months(3, DEPOSIT))
                .partyMayNameLaterDate(true).recordedEntryIntoForce(d("1980-08-19")).build();

        @Test
        void aLaterDateNamedInTheInstrumentPrevails() {
            RecordedInstrument later = RecordedInstrument.of("SYN-1", RATIFICATION, d("2000-01-10")).namingEffectiveDate(d("2000-06-01"));
            RecordedInstrument earlier = RecordedInstrument.of("SYN-2", RATIFICATION, d("2000-01-10")).namingEffectiveDate(d("2000-02-01"));
            RuleOutcome status = engine.evaluate(budapest, List.of(later, earlier), d("2001-01-01"));

            assertThat(boundSince(status, "SYN-1")).isEqualTo("2000-06-01");
            assertThat(boundSince(status, "SYN-2")).isEqualTo("2000-04-10"); // an earlier date cannot shorten the delay
        }

        @Test
        void withoutTheRightTheNamedDateIsIgnored() {
            EntryIntoForceRule noRight = budapest.toBuilder().partyMayNameLaterDate(false).build();
            RecordedInstrument later = RecordedInstrument.of("SYN-1", RATIFICATION, d("2000-01-10")).namingEffectiveDate(d("2000-06-01"));
            RuleOutcome status = engine.evaluate(noRight, List.of(later), d("2001-01-01"));

            assertThat(boundSince(status, "SYN-1")).isEqualTo("2000-04-10");
            assertThat(status.warnings()).anyMatch(w -> w.contains("2000-06-01") && w.contains("ignored"));
        }
    }

    @Nested
    class RecordedHistoricDate {

        @Test
        void recordedDateStandsWithoutAnyInstrument() {
            RuleOutcome status = engine.evaluate(berne, List.of(), d("1900-01-01"));

            assertThat(status.status()).isEqualTo(TreatyStatus.IN_FORCE);
            assertThat(status.entryIntoForce()).isEqualTo(new EntryIntoForce(d("1887-12-05"), EntryIntoForce.Basis.RECORDED, null));
            assertThat(engine.evaluate(berne, List.of(), d("1887-12-04")).status()).isEqualTo(TreatyStatus.NOT_YET_IN_FORCE);
        }

        @Test
        void anEarlyRecordedInstrumentIsInitialAndRecognisedAsTheTrigger() {
            // Belgium ratified 1887-09-05, in force 1887-12-05 (treaties.csv).
            RecordedInstrument belgium = RecordedInstrument.of("BE", RATIFICATION, d("1887-09-05"));
            RecordedInstrument japan = RecordedInstrument.of("JP", RATIFICATION, d("1975-01-20")).notifiedOn(d("1975-01-24"));
            RuleOutcome status = engine.evaluate(berne, List.of(belgium, japan), d("1980-01-01"));

            assertThat(status.entryIntoForce().trigger()).isEqualTo(belgium);
            assertThat(status.party("BE")).get().isInstanceOfSatisfying(Bound.class, b -> {
                assertThat(b.boundFrom()).isEqualTo("1887-12-05");
                assertThat(b.initialParty()).isTrue();
            });
            assertThat(boundSince(status, "JP")).isEqualTo("1975-04-24");
        }

        @Test
        void withoutAnInitialDelayEveryInstrumentUpToTheRecordedDateIsInitial() {
            EntryIntoForceRule paris = EntryIntoForceRule.builder("PARIS")
                    .laterPartyDelay(months(3, NOTIFICATION)).recordedEntryIntoForce(d("1884-07-07")).build();
            // Ratifications were exchanged on 1884-06-06 (treaties.csv); the party code is illustrative.
            RecordedInstrument france = RecordedInstrument.of("FR", RATIFICATION, d("1884-06-06"));
            RuleOutcome status = engine.evaluate(paris, List.of(france), d("1884-07-07"));

            assertThat(boundSince(status, "FR")).isEqualTo("1884-07-07");
            assertThat(engine.evaluate(paris, List.of(france), d("1884-07-06")).entryIntoForce()).isNull();
        }

        @Test
        void aRecordedDateIsKnownOnceItsDelayHasStartedAndPrevailsOverIncompleteRecords() {
            EntryIntoForceRule beijing = BeijingFixture.RULE.toBuilder().recordedEntryIntoForce(d("2020-04-28")).build();
            List<RecordedInstrument> recorded = BeijingFixture.first29().subList(0, 5); // the real CN, ID, BW, JP instruments

            assertThat(engine.evaluate(beijing, recorded, d("2020-01-27")).entryIntoForce()).isNull();
            RuleOutcome feb = engine.evaluate(beijing, recorded, d("2020-02-01"));
            assertThat(feb.status()).isEqualTo(TreatyStatus.NOT_YET_IN_FORCE);
            assertThat(feb.entryIntoForceDate()).contains(d("2020-04-28"));
            assertThat(boundSince(engine.evaluate(beijing, recorded, d("2020-04-28")), "CN")).isEqualTo("2020-04-28");
        }

        @Test
        void whenCompleteRecordsDisagreeTheRecordedDatePrevailsWithAWarning() {
            EntryIntoForceRule rule = EntryIntoForceRule.simple("SYN-TREATY", 1, months(3, DEPOSIT))
                    .toBuilder().recordedEntryIntoForce(d("2000-05-01")).build();
            RuleOutcome status = engine.evaluate(rule, List.of(RecordedInstrument.of("SYN-1", RATIFICATION, d("2000-01-15"))),
                    d("2001-01-01"));

            assertThat(status.entryIntoForce().date()).isEqualTo("2000-05-01");
            assertThat(status.warnings()).anyMatch(w -> w.contains("2000-04-15") && w.contains("prevails"));
        }
    }

    @Nested
    class Denunciation {

        private final EntryIntoForceRule madrid = EntryIntoForceRule.builder("MADRID_MARKS")
                .laterPartyDelay(months(3, NOTIFICATION))
                .denunciationDelay(Delay.years(1, DEPOSIT))
                .recordedEntryIntoForce(d("1892-07-15"))
                .build();

        // Cuba: accession date SYNTHETIC; denunciation note 1931-04-22, effective 1932-04-22 (treaties.csv).
        private final RecordedInstrument accession = RecordedInstrument.of("CU", ACCESSION, d("1920-01-10")).notifiedOn(d("1920-01-10"));
        private final RecordedInstrument denunciation = RecordedInstrument.of("CU", DENUNCIATION, d("1931-04-22"));

        @Test
        void denunciationTakesEffectOneYearLater() {
            List<RecordedInstrument> list = List.of(accession, denunciation);

            assertThat(engine.evaluate(madrid, list, d("1932-04-21")).party("CU")).get()
                    .isEqualTo(new Bound("CU", null, accession, d("1920-04-10"), false, d("1932-04-22")));
            assertThat(engine.evaluate(madrid, list, d("1932-04-22")).party("CU")).get()
                    .isEqualTo(new Denounced("CU", null, accession, d("1920-04-10"), denunciation, d("1932-04-22")));
        }

        @Test
        void aStateCanJoinAgainAfterDenouncing() {
            RecordedInstrument again = RecordedInstrument.of("CU", ACCESSION, d("1989-10-06")).notifiedOn(d("1989-10-06")); // SYNTHETIC
            RuleOutcome status = engine.evaluate(madrid, List.of(accession, denunciation, again), d("1990-01-06"));

            assertThat(boundSince(status, "CU")).isEqualTo("1990-01-06");
        }

        @Test
        void aLaterDateNamedInTheDenunciationPrevails() {
            RecordedInstrument named = denunciation.namingEffectiveDate(d("1933-01-01"));
            assertThat(engine.evaluate(madrid, List.of(accession, named), d("1933-01-01")).party("CU")).get()
                    .isInstanceOfSatisfying(Denounced.class, x -> assertThat(x.denunciationEffect()).isEqualTo("1933-01-01"));
        }

        @Test
        void withoutADenunciationDelayOnRecordItTakesEffectOnReceiptWithAWarning() {
            EntryIntoForceRule noDelay = madrid.toBuilder().denunciationDelay(null).build();
            RuleOutcome status = engine.evaluate(noDelay, List.of(accession, denunciation), d("1931-04-22"));

            assertThat(status.party("CU")).get().isInstanceOfSatisfying(Denounced.class,
                    x -> assertThat(x.denunciationEffect()).isEqualTo("1931-04-22"));
            assertThat(status.warnings()).anyMatch(w -> w.contains("no denunciation delay"));
        }
    }

    @Nested
    class AsOf {

        private final EntryIntoForceRule rule = EntryIntoForceRule.simple("SYN-TREATY", 2, months(3, DEPOSIT));
        private final List<RecordedInstrument> list = List.of(
                RecordedInstrument.of("SYN-1", SIGNATURE, d("2010-01-01")),
                RecordedInstrument.of("SYN-1", RATIFICATION, d("2011-01-01")),
                RecordedInstrument.of("SYN-2", RATIFICATION, d("2012-01-01")),
                RecordedInstrument.of("SYN-3", ACCESSION, d("2013-01-01")),
                RecordedInstrument.of("SYN-3", DECLARATION, d("2013-02-01")));

        @Test
        void instrumentsDepositedAfterTheDateAreIgnored() {
            assertThat(engine.evaluate(rule, list, d("2009-12-31")).parties()).isEmpty();
            assertThat(engine.evaluate(rule, list, d("2010-01-01")).party("SYN-1")).get().isInstanceOf(Signatory.class);

            RuleOutcome y2011 = engine.evaluate(rule, list, d("2011-06-01"));
            assertThat(y2011.party("SYN-1")).get().isInstanceOfSatisfying(ContractingNotYetBound.class, c -> {
                assertThat(c.signedOn()).isEqualTo("2010-01-01");
                assertThat(c.boundFrom()).isNull();
            });
            assertThat(y2011.entryIntoForce()).isNull();
            assertThat(y2011.party("SYN-3")).isEmpty();
        }

        @Test
        void aPartyWhoseDateIsAfterTheDateIsNotYetBound() {
            RuleOutcome status = engine.evaluate(rule, list, d("2013-03-31"));

            assertThat(status.inForce()).isTrue();
            assertThat(boundSince(status, "SYN-1")).isEqualTo("2012-04-01");
            assertThat(status.party("SYN-3")).get().isInstanceOfSatisfying(ContractingNotYetBound.class,
                    c -> assertThat(c.boundFrom()).isEqualTo("2013-04-01"));
            assertThat(boundSince(engine.evaluate(rule, list, d("2013-04-01")), "SYN-3")).isEqualTo("2013-04-01");
        }
    }

    @Nested
    class Succession {

        @Test
        void aSuccessorStateIsBoundFromTheDateOfSuccessionAndIsNotCounted() {
            EntryIntoForceRule rule = EntryIntoForceRule.simple("SYN-TREATY", 2, months(3, DEPOSIT));
            List<RecordedInstrument> list = new ArrayList<>(List.of(
                    RecordedInstrument.of("SYN-1", RATIFICATION, d("1990-01-01")),
                    RecordedInstrument.of("SYN-2", CONTINUED_APPLICATION, d("1993-06-01")).namingEffectiveDate(d("1993-01-01"))));
            assertThat(engine.evaluate(rule, list, d("2000-01-01")).entryIntoForce()).isNull();

            list.add(RecordedInstrument.of("SYN-3", RATIFICATION, d("1991-01-01")));
            RuleOutcome status = engine.evaluate(rule, list, d("2000-01-01"));
            assertThat(status.entryIntoForce().date()).isEqualTo("1991-04-01");
            assertThat(boundSince(status, "SYN-2")).isEqualTo("1993-01-01");
        }
    }
}
