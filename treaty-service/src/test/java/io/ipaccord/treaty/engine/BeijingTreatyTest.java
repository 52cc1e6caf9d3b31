package io.ipaccord.treaty.engine;

import static io.ipaccord.treaty.engine.EngineFixtures.d;
import static io.ipaccord.treaty.engine.EngineFixtures.parties;
import static io.ipaccord.treaty.engine.BeijingFixture.ENTRY_INTO_FORCE;
import static io.ipaccord.treaty.engine.BeijingFixture.INDONESIA;
import static io.ipaccord.treaty.engine.BeijingFixture.RULE;
import static io.ipaccord.contracts.treaty.InstrumentType.ACCESSION;
import static io.ipaccord.contracts.treaty.InstrumentType.RATIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.ipaccord.treaty.engine.PartyStatus.Bound;
import io.ipaccord.treaty.engine.PartyStatus.ContractingNotYetBound;
import io.ipaccord.treaty.engine.PartyStatus.Signatory;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.contracts.treaty.PartyStanding;
import io.ipaccord.contracts.treaty.InstrumentType;

/** The Beijing Treaty: 30 qualifying instruments, three months after the 30th (Indonesia, 2020-01-28). */
class BeijingTreatyTest {

    private final EntryIntoForceEngine engine = new EntryIntoForceEngine();

    @Test
    void thirtiethInstrumentBringsEntryIntoForceForAllThirty() {
        RuleOutcome status = engine.evaluate(RULE, BeijingFixture.first30(), LocalDate.parse("2020-05-01"));

        assertThat(status.status()).isEqualTo(TreatyStatus.IN_FORCE);
        assertThat(status.entryIntoForce().date()).isEqualTo(ENTRY_INTO_FORCE);
        assertThat(status.entryIntoForce().basis()).isEqualTo(EntryIntoForce.Basis.DERIVED);
        assertThat(status.entryIntoForce().trigger()).isEqualTo(INDONESIA);

        List<PartyStatus> bound = parties(status, PartyStanding.BOUND);
        assertThat(bound).hasSize(30).allSatisfy(p -> {
            assertThat(((Bound) p).boundFrom()).isEqualTo(ENTRY_INTO_FORCE);
            assertThat(((Bound) p).initialParty()).isTrue();
        });
        assertThat(bound).extracting(PartyStatus::state).contains("CN", "JP", "BW", "MD", "NG", "ID");
        assertThat(status.party("CN")).get().satisfies(p -> assertThat(p.signedOn()).isEqualTo("2012-06-26"));
        assertThat(status.warnings()).isEmpty();
    }

    @Test
    void theDayBeforeItIsNotInForceButTheDateIsKnown() {
        RuleOutcome status = engine.evaluate(RULE, BeijingFixture.first30(), LocalDate.parse("2020-04-27"));

        assertThat(status.status()).isEqualTo(TreatyStatus.NOT_YET_IN_FORCE);
        assertThat(status.entryIntoForceDate()).contains(ENTRY_INTO_FORCE);
        assertThat(parties(status, PartyStanding.CONTRACTING_NOT_YET_BOUND)).hasSize(30)
                .allSatisfy(p -> assertThat(((ContractingNotYetBound) p).boundFrom()).isEqualTo(ENTRY_INTO_FORCE));
        assertThat(parties(status, PartyStanding.BOUND)).isEmpty();
    }

    @Test
    void beforeTheThirtiethDepositNothingIsDetermined() {
        RuleOutcome status = engine.evaluate(RULE, BeijingFixture.first30(), LocalDate.parse("2020-01-27"));

        assertThat(status.status()).isEqualTo(TreatyStatus.ADOPTED);
        assertThat(status.entryIntoForce()).isNull();
        assertThat(parties(status, PartyStanding.CONTRACTING_NOT_YET_BOUND)).hasSize(29)
                .allSatisfy(p -> assertThat(((ContractingNotYetBound) p).boundFrom()).isNull());
        // Indonesia had only signed by then.
        assertThat(status.party("ID")).get().isEqualTo(new Signatory("ID", LocalDate.parse("2012-12-18")));
    }

    @Test
    void partiesJoiningLaterAreBoundThreeMonthsAfterTheirOwnDeposit() {
        List<RecordedInstrument> all = new ArrayList<>(BeijingFixture.first30());
        // Central African Republic, 2020-08-19 -> 2020-11-19 (treaties.csv).
        all.add(RecordedInstrument.of("CF", ACCESSION, d("2020-08-19")));
        // SYNTHETIC: deposited after the 30th but before entry into force: three months after its own deposit.
        all.add(RecordedInstrument.of("SYN-31", RATIFICATION, d("2020-02-10")));

        RuleOutcome nov18 = engine.evaluate(RULE, all, LocalDate.parse("2020-11-18"));
        assertThat(nov18.party("CF")).get()
                .isEqualTo(new ContractingNotYetBound("CF", null, all.get(all.size() - 2), LocalDate.parse("2020-11-19")));
        assertThat(nov18.party("SYN-31")).get().isInstanceOfSatisfying(Bound.class, b -> {
            assertThat(b.boundFrom()).isEqualTo("2020-05-10");
            assertThat(b.initialParty()).isFalse();
        });

        RuleOutcome nov19 = engine.evaluate(RULE, all, LocalDate.parse("2020-11-19"));
        assertThat(nov19.party("CF")).get().isInstanceOfSatisfying(Bound.class,
                b -> assertThat(b.boundFrom()).isEqualTo("2020-11-19"));
        assertThat(nov19.entryIntoForce().date()).isEqualTo(ENTRY_INTO_FORCE);
        assertThat(parties(nov19, PartyStanding.BOUND)).hasSize(32);
    }

    @Test
    void signaturesDoNotCount() {
        List<RecordedInstrument> all = new ArrayList<>(BeijingFixture.first29());
        for (int n = 1; n <= 10; n++) {
            all.add(RecordedInstrument.of(String.format("SYN-S%02d", n), InstrumentType.SIGNATURE, d("2012-06-26")));
        }
        RuleOutcome status = engine.evaluate(RULE, all, LocalDate.parse("2030-01-01"));

        assertThat(status.entryIntoForce()).isNull();
        assertThat(parties(status, PartyStanding.SIGNATORY)).hasSize(11); // ten synthetic + Indonesia
    }
}
