package io.ipaccord.platform.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A seed CSV file read whole: RFC 4180 quoting (commas, doubled quotes and line breaks inside
 * quoted fields), first line the header. Seed files are small, so no streaming. {@link #format} writes one the
 * same way (the exports).
 */
public final class CsvTable {

    private final List<String> header;
    private final List<Map<String, String>> rows;

    private CsvTable(List<String> header, List<Map<String, String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Reads a classpath resource; fails if it is missing. */
    public static CsvTable fromClasspath(String resource) {
        return parse(requiredText(resource));
    }

    /** A classpath resource's text (UTF-8), empty if there is no such resource. */
    public static Optional<String> classpathText(String resource) {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(CsvTable.class.getClassLoader());
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + resource, e);
        }
    }

    /** A classpath resource's text (UTF-8); fails if it is missing. */
    public static String requiredText(String resource) {
        return classpathText(resource)
                .orElseThrow(() -> new IllegalStateException("Seed file not on the classpath: " + resource));
    }

    public static CsvTable parse(String text) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("CSV has no header line");
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                throw new IllegalArgumentException("CSV record " + i + " has " + record.size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), record.get(c).trim());
            }
            rows.add(row);
        }
        return new CsvTable(List.copyOf(header), List.copyOf(rows));
    }

    /**
     * Writes a CSV document, the counterpart of {@link #parse}: the header line, then one line per record, each
     * ending with CRLF; a field holding a comma, a double quote, a CR or a LF is quoted, its quotes doubled
     * (RFC 4180). A null field is written empty.
     */
    public static String format(List<String> header, List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        appendLine(out, header);
        records.forEach(record -> appendLine(out, record));
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append("\r\n");
    }

    /**
     * One CSV record with the physical line it starts on (1 = the first line; a quoted field spanning line breaks
     * makes the next record start further down).
     */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /**
     * Every record of {@code text}, header included, untrimmed and unchecked (a record may have more or fewer fields
     * than the header), with its starting line: for readers that report problems by line instead of failing.
     * Blank lines are skipped (they still count as lines).
     *
     * @throws IllegalArgumentException when the text ends inside a quoted field
     */
    public static List<Record> numberedRecords(String text) {
        List<Record> out = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<List<String>> records = records(text, starts);
        for (int i = 0; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            out.add(new Record(starts.get(i), r));
        }
        return out;
    }

    public List<String> header() {
        return header;
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    private static List<List<String>> records(String text) {
        return records(text, new ArrayList<>());
    }

    private static List<List<String>> records(String text, List<Integer> starts) {
        List<List<String>> records = new ArrayList<>();
        int line = 1;
        int start = 1;
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                starts.add(start);
                line++;
                start = line;
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("CSV ends inside a quoted field");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            starts.add(start);
        }
        return records;
    }
}
