package io.ipaccord.treaty.engine;

import static io.ipaccord.contracts.treaty.InstrumentType.ACCESSION;
import static io.ipaccord.contracts.treaty.InstrumentType.CONTINUED_APPLICATION;
import static io.ipaccord.contracts.treaty.InstrumentType.RATIFICATION;
import static io.ipaccord.contracts.treaty.InstrumentType.SIGNATURE;
import static io.ipaccord.contracts.treaty.InstrumentType.SUCCESSION;
import static io.ipaccord.contracts.treaty.InstrumentType.UNKNOWN;
import static io.ipaccord.treaty.engine.Anchor.DEPOSIT;
import static io.ipaccord.treaty.engine.Anchor.NOTIFICATION;
import static io.ipaccord.treaty.engine.Delay.months;
import static io.ipaccord.treaty.engine.EngineFixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.treaty.DateDiscrepancy;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.PartyStanding;
import io.ipaccord.treaty.engine.PartyStatus.Bound;
import io.ipaccord.treaty.engine.PartyStatus.ContractingNotYetBound;

/**
 * Each standing's recorded and computed dates, the authoritative one, and the reason where they differ. Real rows of
 * the depositary's tables where named; {@code SYN-} parties and dates marked synthetic are made up.
 */
class RecordedVersusComputedTest {

    private final EntryIntoForceEngine engine = new EntryIntoForceEngine();

    /** The WCT as the seed has it: 30 instruments, recorded in force 2002-03-06, later parties 3 months after deposit. */
    private final EntryIntoForceRule wct = EntryIntoForceRule.builder("WCT").requires(30)
            .initialDelay(months(3, DEPOSIT)).laterPartyDelay(months(3, DEPOSIT))
            .recordedEntryIntoForce(d("2002-03-06")).build();

    /** A Paris-like rule: initial date recorded, later parties 3 months after the notification or a later date named. */
    private final EntryIntoForceRule paris = EntryIntoForceRule.builder("PARIS")
            .laterPartyDelay(months(3, NOTIFICATION)).partyMayNameLaterDate(true)
            .recordedEntryIntoForce(d("1884-07-07"))
            .otherActClocks(OtherActClock.parseAll("1M from NOTIFICATION until 1970-04-26"))
            .build();

    private static RecordedInstrument i(String party, InstrumentType type, String deposited, String recorded) {
        RecordedInstrument i = RecordedInstrument.of(party, type, deposited == null ? null : d(deposited));
        return recorded == null ? i : i.recordedInForceOn(d(recorded));
    }

    private PartyDates dates(EntryIntoForceRule rule, List<RecordedInstrument> instruments, String party) {
        return engine.evaluate(rule, instruments, d("2026-02-03")).party(party).orElseThrow().dates();
    }

    @Test
    void agreeingDatesHaveNoDiscrepancyAndTheRecordedOneIsAuthoritative() {
        // WCT, Albania: accession 2005-05-06, in force 2005-08-06.
        RecordedInstrument albania = i("AL", ACCESSION, "2005-05-06", "2005-08-06");
        assertThat(dates(wct, List.of(albania), "AL"))
                .isEqualTo(new PartyDates(d("2005-08-06"), d("2005-08-06"), d("2005-08-06"), true, null));
    }

    @Test
    void theRecordedDateDecidesTheStandingNotTheComputedOne() {
        // Singapore-like: deposit 2013-06-07, recorded 2014-01-08 (Belgium, following BOIP).
        EntryIntoForceRule singapore = EntryIntoForceRule.simple("SINGAPORE", 1, months(3, DEPOSIT)).toBuilder()
                .recordedEntryIntoForce(d("2009-03-16")).build();
        RecordedInstrument belgium = i("BE", RATIFICATION, "2013-06-07", "2014-01-08");
        RecordedInstrument boip = i("BX", ACCESSION, "2013-10-08", "2014-01-08");

        PartyStatus between = engine.evaluate(singapore, List.of(belgium, boip), d("2013-12-01"), Set.of("BX"))
                .party("BE").orElseThrow();
        assertThat(between).isInstanceOf(ContractingNotYetBound.class);
        assertThat(between.boundFrom()).isEqualTo(d("2014-01-08"));
        assertThat(between.dates()).isEqualTo(new PartyDates(d("2014-01-08"), d("2013-09-07"), d("2014-01-08"), false,
                DateDiscrepancy.FOLLOWS_ORGANISATION));

        PartyStatus after = engine.evaluate(singapore, List.of(belgium, boip), d("2014-01-08"), Set.of("BX"))
                .party("BE").orElseThrow();
        assertThat(after).isInstanceOf(Bound.class);
        assertThat(after.boundFrom()).isEqualTo(d("2014-01-08"));
    }

    @Test
    void onlyTheOrganisationCodesTellAnOrganisationsDateFromAnyOtherPartys() {
        EntryIntoForceRule singapore = EntryIntoForceRule.simple("SINGAPORE", 1, months(3, DEPOSIT)).toBuilder()
                .recordedEntryIntoForce(d("2009-03-16")).build();
        // Synthetic: the organisation deposited first and is itself recorded later than its deposit + 3 months.
        List<RecordedInstrument> records = List.of(i("BE", RATIFICATION, "2013-06-07", "2014-01-08"),
                i("BX", ACCESSION, "2013-01-08", "2014-01-08"));
        assertThat(engine.evaluate(singapore, records, d("2026-02-03")).party("BE").orElseThrow().dates().discrepancy())
                .isEqualTo(DateDiscrepancy.UNEXPLAINED);
        assertThat(engine.evaluate(singapore, records, d("2026-02-03"), Set.of("BX")).party("BE").orElseThrow().dates()
                .discrepancy()).isEqualTo(DateDiscrepancy.FOLLOWS_ORGANISATION);
    }

    @Test
    void theLastStateOfAGroupSharingAnOfficeDatesTheOthers() {
        // Trademark Law Treaty: Benelux states bound when Luxembourg, the last of them, was (2012-08-11).
        EntryIntoForceRule tlt = EntryIntoForceRule.simple("TLT", 5, months(3, DEPOSIT)).toBuilder()
                .recordedEntryIntoForce(d("1996-08-01")).build();
        List<RecordedInstrument> records = List.of(i("NL", RATIFICATION, "1996-09-19", "2012-08-11"),
                i("BE", RATIFICATION, "2004-06-28", "2012-08-11"), i("LU", RATIFICATION, "2012-05-11", "2012-08-11"));
        RuleOutcome outcome = engine.evaluate(tlt, records, d("2026-02-03"));
        assertThat(outcome.party("BE").orElseThrow().dates().discrepancy()).isEqualTo(DateDiscrepancy.FOLLOWS_ORGANISATION);
        assertThat(outcome.party("NL").orElseThrow().dates().discrepancy()).isEqualTo(DateDiscrepancy.FOLLOWS_ORGANISATION);
        assertThat(outcome.party("LU").orElseThrow().dates().agree()).isTrue();
    }

    @Test
    void aSignatoryHasNoDates() {
        assertThat(dates(wct, List.of(i("US", SIGNATURE, "1997-04-12", null)), "US")).isEqualTo(PartyDates.NONE);
    }

    @Test
    void aComputedDateWithoutARecordIsNotRecorded() {
        // TLT, Burkina Faso: accession 1997-05-09, no entry into force in the depositary's table.
        EntryIntoForceRule tlt = EntryIntoForceRule.simple("TLT", 5, months(3, DEPOSIT)).toBuilder()
                .recordedEntryIntoForce(d("1996-08-01")).build();
        assertThat(dates(tlt, List.of(i("BF", ACCESSION, "1997-05-09", null)), "BF"))
                .isEqualTo(new PartyDates(null, d("1997-08-09"), d("1997-08-09"), null, DateDiscrepancy.NOT_RECORDED));
    }

    @Test
    void aRuleThatCannotDateThePartyLeavesTheRecordedDateAlone() {
        EntryIntoForceRule noLaterRule = EntryIntoForceRule.builder("OLD").recordedEntryIntoForce(d("1900-01-01")).build();
        RecordedInstrument late = i("SYN-1", ACCESSION, "1950-01-01", "1950-02-01"); // synthetic
        PartyStatus p = engine.evaluate(noLaterRule, List.of(late), d("2026-02-03")).party("SYN-1").orElseThrow();
        assertThat(p.dates()).isEqualTo(new PartyDates(d("1950-02-01"), null, d("1950-02-01"), null,
                DateDiscrepancy.RULE_NOT_RECORDED));
        assertThat(p.standing()).isEqualTo(PartyStanding.BOUND);
    }

    @Nested
    class UnknownInstruments {

        // WIPO Convention, Ireland: no instrument on record, in force 1970-04-26.
        private final EntryIntoForceRule wipo = EntryIntoForceRule.simple("WIPO_CONV", 1, months(3, DEPOSIT)).toBuilder()
                .recordedEntryIntoForce(d("1970-04-26")).build();
        private final RecordedInstrument ireland = i("IE", UNKNOWN, null, "1970-04-26");

        @Test
        void theyHaveNoDepositDateOnlyUnknownMayLackOne() {
            assertThat(ireland.deposited()).isNull();
            assertThat(ireland.knownFrom()).isEqualTo(d("1970-04-26"));
            assertThatThrownBy(() -> RecordedInstrument.of("IE", ACCESSION, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deposit date is required");
        }

        @Test
        void theyArePartiesDatedByTheRecordFromTheRecordedDate() {
            List<RecordedInstrument> records = List.of(i("CH", RATIFICATION, "1969-01-26", "1970-04-26"), ireland,
                    i("SYN-2", ACCESSION, "1980-01-01", "1980-04-01")); // SYN-2 synthetic
            assertThat(engine.evaluate(wipo, records, d("1970-04-25")).party("IE")).isEmpty();

            PartyStatus ie = engine.evaluate(wipo, records, d("1970-04-26")).party("IE").orElseThrow();
            assertThat(ie).isInstanceOf(Bound.class);
            assertThat(ie.boundFrom()).isEqualTo(d("1970-04-26"));
            assertThat(ie.dates()).isEqualTo(new PartyDates(d("1970-04-26"), null, d("1970-04-26"), null,
                    DateDiscrepancy.INSTRUMENT_NOT_RECORDED));
        }

        @Test
        void withoutAnyDateTheyAreAlwaysOnRecordAndNeverBound() {
            RecordedInstrument undated = i("SYN-3", UNKNOWN, null, null); // synthetic
            PartyStatus p = engine.evaluate(wipo, List.of(undated, i("CH", RATIFICATION, "1969-01-26", null)), d("1970-01-01"))
                    .party("SYN-3").orElseThrow();
            assertThat(p.standing()).isEqualTo(PartyStanding.CONTRACTING_NOT_YET_BOUND);
            assertThat(p.dates()).isEqualTo(PartyDates.NONE);
        }
    }

    @Nested
    class Successions {

        private final EntryIntoForceRule berne = EntryIntoForceRule.builder("BERNE")
                .initialDelay(months(3, DEPOSIT)).laterPartyDelay(months(3, NOTIFICATION))
                .recordedEntryIntoForce(d("1887-12-05")).build();

        @Test
        void withoutANamedDateTheRecordIsTheDateOfSuccessionSoTheyAgree() {
            // Berne, Croatia: declaration of continued application 1992-07-28, in force 1991-10-08.
            assertThat(dates(berne, List.of(i("HR", CONTINUED_APPLICATION, "1992-07-28", "1991-10-08")), "HR"))
                    .isEqualTo(new PartyDates(d("1991-10-08"), d("1991-10-08"), d("1991-10-08"), true, null));
        }

        @Test
        void aNamedDateOtherThanTheRecordIsARetroactiveSuccession() {
            RecordedInstrument named = i("SYN-4", SUCCESSION, "1993-06-01", "1993-01-01") // synthetic
                    .namingEffectiveDate(d("1993-02-01"));
            assertThat(dates(berne, List.of(named), "SYN-4")).isEqualTo(new PartyDates(d("1993-01-01"), d("1993-02-01"),
                    d("1993-01-01"), false, DateDiscrepancy.RETROACTIVE_SUCCESSION));
        }

        @Test
        void withNeitherItIsDatedFromItsDeposit() {
            assertThat(dates(berne, List.of(i("SYN-5", SUCCESSION, "1993-06-01", null)), "SYN-5")) // synthetic
                    .isEqualTo(new PartyDates(null, d("1993-06-01"), d("1993-06-01"), null, DateDiscrepancy.NOT_RECORDED));
        }
    }

    @Nested
    class NotificationClocks {

        @Test
        void aFewDaysLateIsTheUnrecordedNotification() {
            // Paris, Cambodia-like: accession 1998-09-22, in force 1998-12-22 + a few days (synthetic gap of 7 days).
            assertThat(dates(paris, List.of(i("SYN-6", ACCESSION, "1998-09-22", "1998-12-29")), "SYN-6"))
                    .isEqualTo(new PartyDates(d("1998-12-29"), d("1998-12-22"), d("1998-12-29"), false,
                            DateDiscrepancy.NOTIFICATION_NOT_RECORDED));
        }

        @Test
        void aRecordedNotificationIsUsedAndThenTheDatesAgree() {
            RecordedInstrument notified = i("SYN-7", ACCESSION, "1998-09-22", "1998-12-29").notifiedOn(d("1998-09-29"));
            assertThat(dates(paris, List.of(notified), "SYN-7").agree()).isTrue();
        }

        @Test
        void farLaterThanANotificationTakesIsANamedLaterDateWhereTheRuleAllowsIt() {
            // Paris, Malaysia: accession 1988-06-23, in force 1989-01-01.
            assertThat(dates(paris, List.of(i("MY", ACCESSION, "1988-06-23", "1989-01-01")), "MY").discrepancy())
                    .isEqualTo(DateDiscrepancy.NAMED_LATER_DATE);
            EntryIntoForceRule noNaming = paris.toBuilder().partyMayNameLaterDate(false).build();
            assertThat(dates(noNaming, List.of(i("MY", ACCESSION, "1988-06-23", "1989-01-01")), "MY").discrepancy())
                    .isEqualTo(DateDiscrepancy.UNEXPLAINED);
        }

        @Test
        void anEarlierActsClockExplainsOlderAccessionsOnly() {
            // Paris, Austria: accession 1908-11-30, in force 1909-01-01 (one month after the Swiss notification).
            assertThat(dates(paris, List.of(i("AT", ACCESSION, "1908-11-30", "1909-01-01")), "AT").discrepancy())
                    .isEqualTo(DateDiscrepancy.OTHER_ACT);
            // Paris, Namibia: accession 2003-12-29, in force 2004-01-01: no Act of 2003 has that clock.
            assertThat(dates(paris, List.of(i("NA", ACCESSION, "2003-12-29", "2004-01-01")), "NA").discrepancy())
                    .isEqualTo(DateDiscrepancy.UNEXPLAINED);
        }

        @Test
        void theRecordedEntryIntoForceOfAnOldTextIsAnOriginalParty() {
            // A first party whose instrument the records date after the exchange of ratifications (synthetic).
            assertThat(dates(paris, List.of(i("SYN-8", RATIFICATION, "1884-06-01", "1884-07-07")), "SYN-8").agree()).isTrue();
            EntryIntoForceRule delayed = paris.toBuilder().initialDelay(months(3, DEPOSIT)).build();
            assertThat(dates(delayed, List.of(i("SYN-8", RATIFICATION, "1884-06-01", "1884-07-07")), "SYN-8").discrepancy())
                    .isEqualTo(DateDiscrepancy.ORIGINAL_PARTY);
        }
    }

    @Test
    void theDayAfterAClippedMonthEndIsTheMonthEndConvention() {
        // WCT, Switzerland: ratification 2008-03-31; 3 months give 2008-06-30, the record has 2008-07-01.
        assertThat(dates(wct, List.of(i("CH", RATIFICATION, "2008-03-31", "2008-07-01")), "CH")).isEqualTo(
                new PartyDates(d("2008-07-01"), d("2008-06-30"), d("2008-07-01"), false, DateDiscrepancy.MONTH_END));
    }

    @Test
    void theOldConstructorsTakeBoundFromAsTheComputedDate() {
        RecordedInstrument albania = i("AL", ACCESSION, "2005-05-06", null);
        Bound b = new Bound("AL", null, albania, d("2005-08-06"), false, null);
        assertThat(b.dates()).isEqualTo(new PartyDates(null, d("2005-08-06"), d("2005-08-06"), null,
                DateDiscrepancy.NOT_RECORDED));
        assertThat(engine.evaluate(wct, List.of(albania), d("2026-02-03")).party("AL")).contains(b);
    }

    @Test
    void determinationsUseTheAuthoritativeDate() {
        RecordedInstrument belgium = i("BE", RATIFICATION, "2013-06-07", "2014-01-08");
        EntryIntoForceRule singapore = EntryIntoForceRule.simple("SINGAPORE", 1, months(3, DEPOSIT)).toBuilder()
                .recordedEntryIntoForce(d("2009-03-16")).build();
        List<Determination> out = engine.determinations(singapore, List.of(), List.of(belgium));
        assertThat(out).filteredOn(Determination.PartyBound.class::isInstance)
                .extracting(x -> ((Determination.PartyBound) x).from())
                .containsExactly(LocalDate.parse("2014-01-08"));
    }
}
