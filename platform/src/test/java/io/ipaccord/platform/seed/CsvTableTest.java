package io.ipaccord.platform.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse("""
                code,name,notes\r
                BERNE,Berne Convention,"Paris Act (1971), Art. 29 ""notification""
                second line"\r
                PCT,Patent Cooperation Treaty,
                """);

        assertThat(table.header()).containsExactly("code", "name", "notes");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("notes"))
                .isEqualTo("Paris Act (1971), Art. 29 \"notification\"\nsecond line");
        assertThat(table.rows().get(1).get("notes")).isEmpty();
    }

    @Test
    void refusesARecordWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2,3\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("record 1 has 3 fields");
    }

    @Test
    void refusesAnUnterminatedQuote() {
        assertThatThrownBy(() -> CsvTable.parse("a\n\"open\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quoted field");
    }

    @Test
    void numbersRecordsByThePhysicalLineTheyStartOn() {
        var records = CsvTable.numberedRecords("a,b\r\n1,\"x, y\"\n\n2,\"two\r\nlines\"\n3,\"z\"\n4\n");

        assertThat(records).extracting(CsvTable.Record::line).containsExactly(1, 2, 4, 6, 7);
        assertThat(records.get(1).fields()).containsExactly("1", "x, y");
        assertThat(records.get(2).fields()).containsExactly("2", "two\r\nlines");
        assertThat(records.get(4).fields()).containsExactly("4");
    }

    @Test
    void writesWhatItReadsQuotingOnlyWhereRfc4180Needs() {
        String text = CsvTable.format(List.of("code", "notes"), List.of(
                List.of("BERNE", "Paris Act (1971), Art. 29 \"notification\""),
                Arrays.asList("PCT", null),
                List.of("NICE", "two\nlines")));

        assertThat(text).isEqualTo("code,notes\r\nBERNE,\"Paris Act (1971), Art. 29 \"\"notification\"\"\"\r\nPCT,\r\n"
                + "NICE,\"two\nlines\"\r\n");
        CsvTable read = CsvTable.parse(text);
        assertThat(read.rows()).extracting(row -> row.get("notes"))
                .containsExactly("Paris Act (1971), Art. 29 \"notification\"", "", "two\nlines");
    }
}
