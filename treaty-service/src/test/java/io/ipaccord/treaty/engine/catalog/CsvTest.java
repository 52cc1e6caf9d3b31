package io.ipaccord.treaty.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        String text = "\uFEFFa,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n3,,z";
        List<Csv.Row> rows = Csv.read(new StringReader(text), "t.csv");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("b")).isEqualTo("x, y");
        assertThat(rows.get(0).get("c")).isEqualTo("say \"hi\"");
        assertThat(rows.get(1).get("b")).isEqualTo("two\nlines");
        assertThat(rows.get(1).optional("c")).isNull();
        assertThat(rows.get(2).line()).isEqualTo(5);
        assertThat(rows.get(2).get("c")).isEqualTo("z");
    }

    @Test
    void reportsTheFileAndLineOfBadData() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n1,2\n3\n"), "t.csv"))
                .hasMessageContaining("t.csv line 3");
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n1,\"2\n"), "t.csv"))
                .hasMessageContaining("unterminated");
        assertThatThrownBy(() -> Csv.read(new StringReader("d\n2020-13-01\n"), "t.csv").get(0).date("d"))
                .hasMessageContaining("t.csv line 2").hasMessageContaining("not an ISO date");
    }
}
