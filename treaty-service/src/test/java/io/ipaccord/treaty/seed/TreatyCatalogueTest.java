package io.ipaccord.treaty.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.ipaccord.platform.seed.CsvTable;

import io.ipaccord.treaty.engine.Anchor;
import io.ipaccord.treaty.engine.CountCondition;
import io.ipaccord.treaty.engine.Delay;
import io.ipaccord.treaty.engine.Eligibility;
import io.ipaccord.treaty.engine.EntryIntoForceRule;
import io.ipaccord.contracts.treaty.InstrumentType;

class TreatyCatalogueTest {

    private final TreatyCatalogue catalogue = TreatyCatalogue.loadSeed();

    @Test
    void hasEveryTreatyWithOneRuleAndItsSources() {
        assertThat(catalogue.treaties()).hasSize(31);
        assertThat(catalogue.rules()).hasSize(31)
                .allSatisfy(r -> assertThat(r.sourceUrl()).isNotBlank())
                .allSatisfy(r -> assertThat(r.rule().qualifyingTypes()).doesNotContain(InstrumentType.SIGNATURE));
        assertThat(catalogue.treaties()).allSatisfy(t -> assertThat(t.sourceUrl()).isNotBlank());
        assertThat(catalogue.actions()).hasSize(19);
        assertThat(CsvTable.fromClasspath(SeedFile.MEMBER_STATES.resource()).rows())
                .as("every member state, read to map the action rows' names to codes").hasSize(194);
    }

    @Test
    void rulesCarryGroupsDelaysAndRecordedDates() {
        EntryIntoForceRule wipo = catalogue.ruleFor("WIPO_CONV", null).rule();
        assertThat(wipo.conditions()).containsExactly(CountCondition.of(10, "PARIS_UNION"), CountCondition.of(7, "BERNE_UNION"));
        assertThat(wipo.qualifyingTypes()).contains(InstrumentType.SIGNATURE_WITHOUT_RESERVATION);
        assertThat(wipo.recordedEntryIntoForce()).isEqualTo("1970-04-26");

        EntryIntoForceRule protocol = catalogue.ruleFor("MADRID_PROTOCOL", null).rule();
        assertThat(protocol.conditions()).extracting(CountCondition::who)
                .containsExactly(Eligibility.anyParty(), Eligibility.inGroup("MADRID_AGREEMENT"), Eligibility.notInGroup("MADRID_AGREEMENT"));

        assertThat(catalogue.ruleFor("NAIROBI", null).rule().initialDelay()).isEqualTo(Delay.months(1, Anchor.DEPOSIT));
        assertThat(catalogue.ruleFor("PARIS", null).rule().laterPartyDelay()).isEqualTo(Delay.months(3, Anchor.NOTIFICATION));
        assertThat(catalogue.ruleFor("PARIS", null).rule().initialDelay()).isNull();
        assertThat(catalogue.ruleFor("MADRID_MARKS", null).rule().denunciationDelay()).isEqualTo(Delay.months(12, Anchor.DEPOSIT));
        assertThat(catalogue.ruleFor("WASHINGTON_IPIC", null).rule().partyMayNameLaterDate()).isTrue();
        assertThat(catalogue.ruleFor("GRATK", null).rule().recordedEntryIntoForce()).isNull();
    }

    @Test
    void anActWithoutARuleOfItsOwnIsGovernedByTheTreatysRule() {
        assertThat(catalogue.ruleFor("BERNE", "Paris Act (1971)")).isSameAs(catalogue.ruleFor("BERNE", null));
        assertThat(SeedDataReproductionTest.instrumentsFor(catalogue.ruleFor("BERNE", null).rule()))
                .extracting(i -> i.state() + " " + i.act())
                .containsExactly("CN Paris Act (1971)", "JP Paris Act (1971)", "ID Paris Act (1971)");
    }

    @Test
    void mapsActionRowsToInstruments() {
        ActionRecord japanBerne = catalogue.actions().stream()
                .filter(a -> a.treatyCode().equals("BERNE") && a.state().equals("JP")).findFirst().orElseThrow();
        assertThat(japanBerne.instrument().type()).isEqualTo(InstrumentType.RATIFICATION);
        assertThat(japanBerne.instrument().deposited()).isEqualTo("1975-01-20");
        assertThat(japanBerne.instrument().notified()).isEqualTo("1975-01-24");
        assertThat(japanBerne.notificationBasis()).isEqualTo("stated");
        assertThat(japanBerne.instrument().reference()).isEqualTo("Berne Notification No. 68");

        ActionRecord nigeriaBeijing = catalogue.actions().stream()
                .filter(a -> a.treatyCode().equals("BEIJING") && a.state().equals("NG")).findFirst().orElseThrow();
        assertThat(nigeriaBeijing.actionTypeText()).startsWith("ratification or accession");
        assertThat(nigeriaBeijing.instrument().type()).isEqualTo(InstrumentType.RATIFICATION);

        assertThat(catalogue.actions()).extracting(ActionRecord::state)
                .containsOnly("CN", "ID", "JP", "BW", "MD", "NG", "US", "CH");
        assertThat(catalogue.actions()).filteredOn(a -> a.partyName().equals("Republic of Moldova"))
                .extracting(ActionRecord::state).containsOnly("MD");
    }

    @Test
    void notificationDatesComeFromTheRowsOrTheSupplement() {
        assertThat(catalogue.actions()).filteredOn(a -> a.instrument().notified() != null)
                .extracting(a -> a.state() + " " + a.treatyCode() + " " + a.instrument().notified())
                .containsExactlyInAnyOrder(
                        "CN BERNE 1992-07-15",          // notification_dates.csv (inferred)
                        "JP BERNE 1975-01-24",          // stated
                        "CN PARIS 1984-12-19",          // same day
                        "CN MADRID_MARKS 1989-07-04",   // same day
                        "ID BERNE 1997-06-05");         // same day
        assertThat(catalogue.actions()).filteredOn(a -> a.state().equals("CN") && a.treatyCode().equals("BERNE"))
                .singleElement().satisfies(a -> assertThat(a.notificationBasis()).startsWith("inferred"));
    }

    @Test
    void instrumentTypesAreParsedFromTheActionText() {
        assertThat(TreatyCatalogue.instrumentType("accession")).isEqualTo(InstrumentType.ACCESSION);
        assertThat(TreatyCatalogue.instrumentType("Continued application")).isEqualTo(InstrumentType.CONTINUED_APPLICATION);
        assertThat(TreatyCatalogue.instrumentType("ratification or accession (type not stated)"))
                .isEqualTo(InstrumentType.RATIFICATION);
    }
}
