package io.ipaccord.treaty.partytable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.treaty.engine.RecordedInstrument;
import io.ipaccord.treaty.engine.SeedPartyTables;

class PartyTableTest {

    static final String HEADER = String.join(",", PartyTableColumns.ALL) + "\n";

    /** The 27 depositary tables of the seed. */
    static Stream<String> seedTables() {
        return SeedPartyTables.CODES.stream();
    }

    static String resource(String code) {
        try (InputStream in = PartyTableTest.class.getClassLoader().getResourceAsStream("seed/parties/" + code + ".csv")) {
            assertThat(in).as("seed/parties/%s.csv", code).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("seedTables")
    void everyDepositaryTableOfTheSeedParses(String code) {
        String text = resource(code);
        List<PartyRow> rows = PartyTable.parse(code, text);

        long dataLines = text.lines().skip(1).filter(l -> !l.isBlank()).count();
        assertThat(rows).hasSize((int) dataLines); // no quoted line breaks in the real tables
        assertThat(rows).allSatisfy(r -> assertThat(r.treatyCode()).isEqualTo(code));
        assertThat(rows.get(0).line()).isEqualTo(2);
    }

    @Test
    void theSeedTablesHoldTheReadmesCounts() {
        List<PartyRow> all = seedTables().flatMap(c -> PartyTable.parse(c, resource(c)).stream()).toList();
        assertThat(all).hasSize(2344);
        assertThat(all.stream().filter(r -> r.instrumentType() != null)).hasSize(2054);
        assertThat(all.stream().filter(r -> r.instrumentType() == InstrumentType.UNKNOWN)).hasSize(7);
        assertThat(all.stream().filter(r -> r.entryIntoForce() != null)).hasSize(2047);
        assertThat(all.stream().filter(PartyRow::organisation)).hasSize(15);
    }

    @Test
    void readsARowIntoItsFieldsAndTheEnginesInstruments() {
        List<PartyRow> rows = PartyTable.parse("WCT", HEADER
                + "WCT,Argentina,AR,state,1997-09-18,ratification,1999-11-19,2002-03-06,,,\"a note, with a comma\",https://x\n"
                + "WCT,European Union (EU),,igo,1997-12-20,continued_application,2009-12-14,2010-03-14,2020-01-01,2021-01-01,,\n"
                + "WCT,Ireland,IE,state,,unknown,,1970-04-26,,,,\n");

        PartyRow ar = rows.get(0);
        assertThat(ar).isEqualTo(new PartyRow(2, "WCT", "Argentina", "AR", false, LocalDate.parse("1997-09-18"),
                InstrumentType.RATIFICATION, LocalDate.parse("1999-11-19"), LocalDate.parse("2002-03-06"), null, null,
                "a note, with a comma", "https://x"));
        assertThat(ar.instruments("AR")).containsExactly(
                RecordedInstrument.of("AR", InstrumentType.SIGNATURE, LocalDate.parse("1997-09-18")),
                RecordedInstrument.of("AR", InstrumentType.RATIFICATION, LocalDate.parse("1999-11-19"))
                        .recordedInForceOn(LocalDate.parse("2002-03-06")));

        PartyRow eu = rows.get(1);
        assertThat(eu.organisation()).isTrue();
        assertThat(eu.iso2()).isNull();
        assertThat(eu.instruments("EU")).extracting(RecordedInstrument::type).containsExactly(
                InstrumentType.SIGNATURE, InstrumentType.CONTINUED_APPLICATION, InstrumentType.DENUNCIATION);
        assertThat(eu.instruments("EU").get(2).namedEffectiveDate()).isEqualTo(LocalDate.parse("2021-01-01"));

        RecordedInstrument unknown = rows.get(2).instruments("IE").get(0);
        assertThat(unknown.type()).isEqualTo(InstrumentType.UNKNOWN);
        assertThat(unknown.deposited()).isNull();
        assertThat(unknown.recordedEntryIntoForce()).isEqualTo(LocalDate.parse("1970-04-26"));
    }

    @Test
    void linesArePhysicalLinesAcrossQuotedLineBreaks() {
        List<PartyRow> rows = PartyTable.parse("WCT", HEADER
                + "WCT,Albania,AL,state,,accession,2005-05-06,2005-08-06,,,\"two\nlines\",\n"
                + "\n"
                + "WCT,Algeria,DZ,state,,accession,2013-10-31,2014-01-31,,,,\n");
        assertThat(rows).extracting(PartyRow::line).containsExactly(2, 5);
        assertThat(rows.get(0).notes()).isEqualTo("two\nlines");
    }

    @Test
    void aWrongHeaderIsRefusedOnLineOneNamingTheColumn() {
        String header = HEADER.replace("iso2", "iso").replace(",source_url", "");
        PartyTableException e = refused("WCT", header + "WCT,Albania,AL,state,,accession,2005-05-06,2005-08-06,,,\n");
        assertThat(e.problems()).containsExactly(
                new PartyTableProblem(1, "iso2", "column 3 must be 'iso2', found 'iso'"),
                new PartyTableProblem(1, "source_url", "column 12 'source_url' is missing"));
    }

    @Test
    void everyProblemOfTheFileIsReportedWithItsLineAndColumn() {
        PartyTableException e = refused("WCT", HEADER
                + "WPPT,Albania,AL,state,,accession,2005-05-06,2005-08-06,,,,\n"            // 2 treaty
                + "WCT,Algeria,DZ,state,,accession,2013-02-30,2014-01-31,,,,\n"             // 3 not a real date
                + "WCT,Argentina,AR,state,18/09/1997,ratification,1999-11-19,,,,,\n"         // 4 not ISO
                + "WCT,Armenia,AM,state,,signature,2004-11-19,,,,,\n"                        // 5 type not mappable
                + "WCT,Australia,AU,state,,accession,,2007-07-26,,,,\n"                      // 6 no instrument date
                + "WCT,Austria,AT,state,,,2009-06-14,,,,,\n"                                 // 7 date without type
                + "WCT,Bahrain,BH,state,1997-12-20,,,2005-12-15,,,,\n"                       // 8 eif without instrument
                + "WCT,Belarus,BYE,state,,accession,1998-07-15,2002-03-06,,,,\n"             // 9 iso2
                + "WCT,Belgium,,state,,accession,2006-05-30,2006-08-30,,,,\n"                // 10 iso2 missing
                + "WCT,European Union (EU),EU,igo,,ratification,2009-12-14,2010-03-14,,,,\n" // 11 igo with iso2
                + "WCT,,,igo,,ratification,2009-12-14,2010-03-14,,,,\n"                      // 12 igo without a name
                + "WCT,Benin,BJ,country,,accession,2006-02-16,2006-05-16,,,,\n"              // 13 kind
                + "WCT,Albania again,AL,state,,accession,2005-05-06,2005-08-06,,,,\n"        // 14 not twice (line 2 refused, AL first on 14)
                + "WCT,Bolivia,BO,state,,accession,2005-05-06,2005-08-06,,,,\n"
                + "WCT,Bolivia (Plurinational State of),BO,state,,accession,2005-05-06,2005-08-06,,,,\n" // 16 twice
                + "WCT,Botswana,BW,state,,accession,2005-05-06\n"                            // 17 too few fields
                + "WCT,Brazil,BR,state,,ireland,,2005-08-06,,,,\n"                           // 18 type
                + "WCT,Bulgaria,BG,state,,unknown,2001-01-01,2002-03-06,,,,\n"               // 19 unknown with a date
                + "WCT,Burundi,BI,state,,,,,2001-01-01,,,\n"                                 // 20 denunciation without instrument
                + "WCT,Canada,CA,state,,ratification,2014-05-13,2014-08-13,,2015-01-01,,\n"); // 21 termination without denunciation
        assertThat(e.problems()).extracting(PartyTableProblem::line, PartyTableProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "treaty_code"),
                org.assertj.core.groups.Tuple.tuple(3, "instrument_date"),
                org.assertj.core.groups.Tuple.tuple(4, "signature_date"),
                org.assertj.core.groups.Tuple.tuple(5, "instrument_type"),
                org.assertj.core.groups.Tuple.tuple(6, "instrument_date"),
                org.assertj.core.groups.Tuple.tuple(7, "instrument_type"),
                org.assertj.core.groups.Tuple.tuple(8, "entry_into_force_date"),
                org.assertj.core.groups.Tuple.tuple(9, "iso2"),
                org.assertj.core.groups.Tuple.tuple(10, "iso2"),
                org.assertj.core.groups.Tuple.tuple(11, "iso2"),
                org.assertj.core.groups.Tuple.tuple(12, "party_name_source"),
                org.assertj.core.groups.Tuple.tuple(13, "party_kind"),
                org.assertj.core.groups.Tuple.tuple(16, "iso2"),
                org.assertj.core.groups.Tuple.tuple(17, "entry_into_force_date"),
                org.assertj.core.groups.Tuple.tuple(18, "instrument_type"),
                org.assertj.core.groups.Tuple.tuple(19, "instrument_date"),
                org.assertj.core.groups.Tuple.tuple(20, "denunciation_date"),
                org.assertj.core.groups.Tuple.tuple(21, "termination_date"));
        assertThat(e.problems().get(1).reason()).isEqualTo("'2013-02-30' is not a real date");
        assertThat(e.problems().get(12).reason()).isEqualTo("party BO already listed on line 15");
        assertThat(e.problems().get(0).reason()).isEqualTo("the table is of WCT, the row names WPPT");
    }

    @Test
    void theSecondRowOfAPartyIsRefusedNamingTheFirstLine() {
        PartyTableException e = refused("WCT", HEADER
                + "WCT,European Union (EU),,igo,,ratification,2009-12-14,2010-03-14,,,,\n"
                + "WCT,Albania,AL,state,,accession,2005-05-06,2005-08-06,,,,\n"
                + "WCT,European Union (EU),,igo,,ratification,2009-12-14,2010-03-14,,,,\n");
        assertThat(e.problems()).containsExactly(
                new PartyTableProblem(4, "party_name_source", "party European Union (EU) already listed on line 2"));
    }

    @Test
    void anEmptyFileOrAnOpenQuoteIsRefused() {
        assertThat(refused("WCT", "").problems()).extracting(PartyTableProblem::line).containsExactly(1);
        assertThat(refused("WCT", HEADER + "WCT,\"Albania,AL\n").problems()).hasSize(1);
    }

    private static PartyTableException refused(String code, String text) {
        PartyTableException e = catchThrowableOfType(() -> PartyTable.parse(code, text), PartyTableException.class);
        assertThat(e).as("refused").isNotNull();
        return e;
    }
}
