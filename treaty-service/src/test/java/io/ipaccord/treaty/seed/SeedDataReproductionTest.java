package io.ipaccord.treaty.seed;

import static io.ipaccord.treaty.engine.EngineFixtures.parties;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.ipaccord.treaty.engine.Anchor;
import io.ipaccord.treaty.engine.EntryIntoForceEngine;
import io.ipaccord.treaty.engine.EntryIntoForceRule;
import io.ipaccord.treaty.engine.RecordedInstrument;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.PartyStanding;
import io.ipaccord.treaty.engine.PartyStatus;
import io.ipaccord.treaty.engine.PartyStatus.Bound;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.treaty.engine.RuleOutcome;

/**
 * Replays the seed (copied from ../shared/data) through the engine: every expected value comes from the CSV files.
 */
class SeedDataReproductionTest {

    private static final TreatyCatalogue CATALOGUE = TreatyCatalogue.loadSeed();
    private static final Pattern TRIGGER_NOTE = Pattern.compile("(?i)triggered treaty EIF|completed the .*count");

    private final EntryIntoForceEngine engine = new EntryIntoForceEngine();

    static Stream<Arguments> partyEntriesIntoForce() {
        return CATALOGUE.actions().stream()
                .filter(a -> a.eifDateForParty() != null)
                .map(a -> Arguments.of(a.label(), a));
    }

    static Stream<Arguments> signatures() {
        return CATALOGUE.actions().stream()
                .filter(a -> a.instrument().type() == InstrumentType.SIGNATURE)
                .map(a -> Arguments.of(a.label(), a));
    }

    static Stream<Arguments> treaties() {
        return CATALOGUE.treaties().stream().map(t -> Arguments.of(t.code(), t));
    }

    /** The recorded instruments governed by {@code rule}, in file order. */
    static List<RecordedInstrument> instrumentsFor(EntryIntoForceRule rule) {
        return CATALOGUE.actions().stream()
                .filter(a -> CATALOGUE.ruleFor(a.treatyCode(), a.act()).rule().equals(rule))
                .map(ActionRecord::instrument)
                .toList();
    }

    private EntryIntoForceRule ruleOf(ActionRecord row) {
        return CATALOGUE.ruleFor(row.treatyCode(), row.act()).rule();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("partyEntriesIntoForce")
    void reproducesEveryPartysEntryIntoForceDate(String label, ActionRecord row) {
        EntryIntoForceRule rule = ruleOf(row);
        List<RecordedInstrument> recorded = instrumentsFor(rule);
        LocalDate expected = row.eifDateForParty();

        RuleOutcome onTheDay = engine.evaluate(rule, recorded, expected);
        assertThat(onTheDay.party(row.state())).get().isInstanceOfSatisfying(Bound.class, b -> {
            assertThat(b.boundFrom()).isEqualTo(expected);
            assertThat(b.instrument()).isEqualTo(row.instrument());
            // A later party's clock is the one the row names (deposit or notification). Initial parties are
            // bound from the treaty's entry into force whatever the row says (China, Madrid Protocol).
            if (!b.initialParty()) {
                Anchor named = row.anchorText().toLowerCase(Locale.ROOT).contains("notification")
                        ? Anchor.NOTIFICATION : Anchor.DEPOSIT;
                assertThat(rule.laterPartyDelay().anchor()).isEqualTo(named);
            }
        });
        assertThat(engine.evaluate(rule, recorded, expected.minusDays(1)).party(row.state())).get()
                .extracting(PartyStatus::standing).isEqualTo(PartyStanding.CONTRACTING_NOT_YET_BOUND);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("signatures")
    void aSignatureMakesASignatoryFromItsDate(String label, ActionRecord row) {
        EntryIntoForceRule rule = ruleOf(row);
        List<RecordedInstrument> recorded = instrumentsFor(rule);
        LocalDate signed = row.instrument().deposited();

        assertThat(engine.evaluate(rule, recorded, signed).party(row.state())).get()
                .isEqualTo(new PartyStatus.Signatory(row.state(), signed));
        assertThat(engine.evaluate(rule, recorded, signed.minusDays(1)).party(row.state())).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("treaties")
    void reproducesEveryTreatysInForceDate(String code, TreatyRecord treaty) {
        EntryIntoForceRule rule = CATALOGUE.ruleFor(code, null).rule();
        List<RecordedInstrument> recorded = instrumentsFor(rule);
        RuleOutcome latest = engine.evaluate(rule, recorded, LocalDate.MAX);

        assertThat(latest.warnings()).noneMatch(w -> w.contains("prevails"));
        if (treaty.inForceDate() == null) {
            assertThat(latest.status()).isEqualTo(TreatyStatus.ADOPTED);
            assertThat(latest.entryIntoForce()).isNull();
            return;
        }
        assertThat(latest.entryIntoForceDate()).contains(treaty.inForceDate());
        assertThat(engine.evaluate(rule, recorded, treaty.inForceDate()).status()).isEqualTo(TreatyStatus.IN_FORCE);
        RuleOutcome dayBefore = engine.evaluate(rule, recorded, treaty.inForceDate().minusDays(1));
        assertThat(dayBefore.status()).as("not in force; determined or not as of the day before")
                .isEqualTo(dayBefore.entryIntoForce() == null ? TreatyStatus.ADOPTED : TreatyStatus.NOT_YET_IN_FORCE);

        // An instrument the action data calls the trigger is recognised as such.
        CATALOGUE.actions().stream()
                .filter(a -> a.treatyCode().equals(code) && TRIGGER_NOTE.matcher(a.notes()).find())
                .forEach(a -> assertThat(latest.entryIntoForce().trigger()).isEqualTo(a.instrument()));
    }

    @Test
    void theOnlyPossibleWorkaroundIsANotificationDateMissingFromTheRows() {
        List<String> warnings = CATALOGUE.rules().stream()
                .map(CatalogueRule::rule)
                .flatMap(r -> engine.evaluate(r, instrumentsFor(r), LocalDate.MAX).warnings().stream())
                .toList();
        List<String> rowsWithoutNotificationDate = CATALOGUE.actions().stream()
                .filter(a -> a.instrument().notified() == null && a.anchorText().toLowerCase(Locale.ROOT).contains("notification"))
                .map(a -> a.state() + ": notification of the " + a.instrument().type().name().toLowerCase(Locale.ROOT)
                        + " deposited " + a.instrument().deposited() + " not recorded; deposit date used")
                .toList();
        assertThat(warnings).allMatch(rowsWithoutNotificationDate::contains);
    }

    @Test
    void beijingAsTheDepositaryPublishedIt() {
        EntryIntoForceRule beijing = CATALOGUE.ruleFor("BEIJING", null).rule();
        List<RecordedInstrument> recorded = instrumentsFor(beijing);
        LocalDate inForce = CATALOGUE.treaties().stream().filter(t -> t.code().equals("BEIJING")).findFirst().orElseThrow().inForceDate();

        assertThat(engine.evaluate(beijing, recorded, inForce.minusDays(1)).status()).isEqualTo(TreatyStatus.NOT_YET_IN_FORCE);
        RuleOutcome status = engine.evaluate(beijing, recorded, inForce.plusDays(3));
        List<String> bound = parties(status, PartyStanding.BOUND).stream().map(PartyStatus::state).toList();
        List<String> expected = CATALOGUE.actions().stream()
                .filter(a -> a.treatyCode().equals("BEIJING") && a.eifDateForParty() != null)
                .map(ActionRecord::state).distinct().sorted().toList();
        assertThat(bound).isEqualTo(expected);
    }
}
