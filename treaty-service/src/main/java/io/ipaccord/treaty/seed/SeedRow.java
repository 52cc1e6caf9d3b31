package io.ipaccord.treaty.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.ipaccord.platform.seed.CsvTable;

/** One data record of a seed file (read by platform's {@link CsvTable}), with the checks the catalogue needs. */
record SeedRow(String file, int record, Map<String, String> values) {

    /** The records of a CSV text, numbered from 1 after the header; errors name the file. */
    static List<SeedRow> read(String text, String file) {
        try {
            List<Map<String, String>> rows = CsvTable.parse(text).rows();
            return IntStream.range(0, rows.size()).mapToObj(i -> new SeedRow(file, i + 1, rows.get(i))).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** The trimmed value, "" when empty. */
    String get(String column) {
        String v = values.get(column);
        if (v == null) {
            throw new IllegalStateException(file + ": no column '" + column + "'");
        }
        return v.trim();
    }

    /** The trimmed value, {@code null} when empty. */
    String optional(String column) {
        String v = get(column);
        return v.isEmpty() ? null : v;
    }

    String required(String column) {
        String v = optional(column);
        if (v == null) {
            throw error(column + " is empty");
        }
        return v;
    }

    /** An ISO date, {@code null} when empty. */
    LocalDate date(String column) {
        String v = optional(column);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw error(column + " is not an ISO date: " + v);
        }
    }

    IllegalStateException error(String message) {
        return new IllegalStateException(file + " record " + record + ": " + message);
    }
}
