package io.ipaccord.treaty.engine;

import static io.ipaccord.treaty.engine.EngineFixtures.d;
import static io.ipaccord.treaty.engine.EngineFixtures.plus;
import static io.ipaccord.treaty.engine.BeijingFixture.ENTRY_INTO_FORCE;
import static io.ipaccord.treaty.engine.BeijingFixture.INDONESIA;
import static io.ipaccord.treaty.engine.BeijingFixture.RULE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.ipaccord.treaty.engine.Determination.DenunciationTakesEffect;
import io.ipaccord.treaty.engine.Determination.PartyBound;
import io.ipaccord.treaty.engine.Determination.TreatyEntersIntoForce;
import io.ipaccord.contracts.treaty.InstrumentType;

/** What a new deposit determines: the notifications the service publishes. */
class DeterminationsTest {

    private final EntryIntoForceEngine engine = new EntryIntoForceEngine();

    @Test
    void theThirtiethInstrumentDeterminesEntryIntoForceAndBindsTheFirstThirty() {
        List<Determination> out = engine.determinations(RULE, BeijingFixture.first29(), plus(BeijingFixture.first29(), INDONESIA));

        assertThat(out.get(0)).isInstanceOfSatisfying(TreatyEntersIntoForce.class, t -> {
            assertThat(t.treatyCode()).isEqualTo("BEIJING");
            assertThat(t.date()).isEqualTo(ENTRY_INTO_FORCE);
            assertThat(t.trigger()).isEqualTo(INDONESIA);
            assertThat(t.firstParties()).hasSize(30).contains("CN", "JP", "BW", "MD", "NG", "ID");
        });
        assertThat(out.subList(1, out.size())).hasSize(30).allSatisfy(d ->
                assertThat(d).isInstanceOfSatisfying(PartyBound.class, p -> {
                    assertThat(p.from()).isEqualTo(ENTRY_INTO_FORCE);
                    assertThat(p.initialParty()).isTrue();
                }));
    }

    @Test
    void aLaterDepositDeterminesOnlyItsOwnDate() {
        RecordedInstrument car = RecordedInstrument.of("CF", InstrumentType.ACCESSION, d("2020-08-19"));
        List<Determination> out = engine.determinations(RULE, BeijingFixture.first30(), plus(BeijingFixture.first30(), car));

        assertThat(out).containsExactly(
                new PartyBound("BEIJING", null, "CF", LocalDate.parse("2020-11-19"), car, false));
    }

    @Test
    void depositsBeforeTheCountIsCompleteAndSignaturesDetermineNothing() {
        List<RecordedInstrument> first29 = BeijingFixture.first29();
        RecordedInstrument twentyNinth = first29.remove(first29.size() - 1);

        assertThat(engine.determinations(RULE, first29, plus(first29, twentyNinth))).isEmpty();
        assertThat(engine.determinations(RULE, BeijingFixture.first30(),
                plus(BeijingFixture.first30(), RecordedInstrument.of("SYN-S", InstrumentType.SIGNATURE, d("2020-06-01"))))).isEmpty();
    }

    @Test
    void aDenunciationDeterminesWhenItTakesEffect() {
        EntryIntoForceRule rule = RULE.toBuilder().denunciationDelay(Delay.years(1, Anchor.DEPOSIT)).build();
        RecordedInstrument denunciation = RecordedInstrument.of("SYN-01", InstrumentType.DENUNCIATION, d("2022-03-15"));

        assertThat(engine.determinations(rule, BeijingFixture.first30(), plus(BeijingFixture.first30(), denunciation))).containsExactly(
                new DenunciationTakesEffect("BEIJING", null, "SYN-01", LocalDate.parse("2023-03-15"), denunciation));
    }

    @Test
    void withdrawingTheThirtiethAndDepositingItLaterMovesTheDates() {
        List<RecordedInstrument> first30 = BeijingFixture.first30();
        List<RecordedInstrument> withdrawn = BeijingFixture.first29();
        assertThat(engine.determinations(RULE, first30, withdrawn)).as("nothing is determined by a withdrawal").isEmpty();

        RecordedInstrument corrected = RecordedInstrument.of("ID", InstrumentType.RATIFICATION, d("2020-02-10"));
        List<RecordedInstrument> correctedRecords = BeijingFixture.first29();
        correctedRecords.add(corrected);
        List<Determination> out = engine.determinations(RULE, first30, correctedRecords);

        assertThat(out.get(0)).isInstanceOfSatisfying(TreatyEntersIntoForce.class, t -> {
            assertThat(t.date()).isEqualTo("2020-05-10");
            assertThat(t.trigger()).isEqualTo(corrected);
        });
        assertThat(out.subList(1, out.size())).hasSize(30)
                .allSatisfy(d -> assertThat(((PartyBound) d).from()).isEqualTo("2020-05-10"));
    }
}
