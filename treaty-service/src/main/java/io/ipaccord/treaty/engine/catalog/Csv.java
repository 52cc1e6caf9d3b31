package io.ipaccord.treaty.engine.catalog;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal RFC 4180 reader for the seed files: commas, double-quoted fields, doubled quotes, quoted line breaks. */
public final class Csv {

    private Csv() {
    }

    /** One data record, addressed by header name; {@code line} is its first line in the file. */
    public record Row(String file, int line, Map<String, String> values) {

        /** The trimmed value, "" when empty. */
        public String get(String column) {
            String v = values.get(column);
            if (v == null) {
                throw new IllegalStateException(file + ": no column '" + column + "'");
            }
            return v.trim();
        }

        /** The trimmed value, {@code null} when empty. */
        public String optional(String column) {
            String v = get(column);
            return v.isEmpty() ? null : v;
        }

        public String required(String column) {
            String v = optional(column);
            if (v == null) {
                throw error(column + " is empty");
            }
            return v;
        }

        /** An ISO date, {@code null} when empty. */
        public LocalDate date(String column) {
            String v = optional(column);
            try {
                return v == null ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw error(column + " is not an ISO date: " + v);
            }
        }

        public IllegalStateException error(String message) {
            return new IllegalStateException(file + " line " + line + ": " + message);
        }
    }

    public static List<Row> read(Reader reader, String file) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = reader.read(buf)) > 0; ) {
            text.append(buf, 0, n);
        }
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        List<Integer> lines = new ArrayList<>();
        List<List<String>> records = parse(text, file, lines);
        if (records.isEmpty()) {
            throw new IllegalStateException(file + ": no header");
        }
        List<String> header = records.get(0);
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalStateException(file + " line " + lines.get(r) + ": " + fields.size()
                        + " fields, header has " + header.size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c).trim(), fields.get(c));
            }
            rows.add(new Row(file, lines.get(r), values));
        }
        return rows;
    }

    private static List<List<String>> parse(CharSequence s, String file, List<Integer> startLines) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                records.add(fields);
                startLines.add(recordLine);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalStateException(file + " line " + recordLine + ": unterminated quoted field");
        }
        if (fieldStarted || !fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            records.add(fields);
            startLines.add(recordLine);
        }
        return records;
    }
}
