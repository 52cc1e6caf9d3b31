package io.ipaccord.treaty.common;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import io.ipaccord.platform.problem.ProblemException;

/** Parsing of query parameters, refusing bad values with a 400 that names the parameter. */
public final class Params {

    public static final String TREATY_CODE = "[A-Z][A-Z0-9_]{0,39}";
    public static final String TREATY_CODE_MESSAGE = "must be a treaty code (capital letters, digits and '_', e.g. BEIJING)";
    public static final String STATE_CODE = "[A-Z]{2}";
    public static final String STATE_CODE_MESSAGE = "must be an ISO 3166-1 alpha-2 code (two capital letters)";

    private Params() {
    }

    /** Today in UTC: the default {@code asOf}. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** {@code asOf} as given, or today. */
    public static LocalDate asOf(String value) {
        LocalDate date = date("asOf", value);
        return date == null ? today() : date;
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date like 2020-04-28");
        }
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A single code matching {@code pattern}, or null when absent. */
    public static String code(String field, String value, String pattern, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim();
        if (!code.matches(pattern)) {
            throw ProblemException.invalid(field, "'" + code + "' " + message);
        }
        return code;
    }

    /** A comma-separated list of codes, without duplicates, in the order given; at most {@code max}. */
    public static List<String> codes(String field, String value, String pattern, String message, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "must list at least one code");
        }
        List<String> list = List.copyOf(new LinkedHashSet<>(Arrays.stream(value.split(","))
                .map(String::trim).filter(code -> !code.isEmpty()).toList()));
        if (list.size() > max) {
            throw ProblemException.invalid(field, "at most " + max + " codes per call");
        }
        list.stream().filter(code -> !code.matches(pattern)).findFirst().ifPresent(code -> {
            throw ProblemException.invalid(field, "'" + code + "' " + message);
        });
        return list;
    }
}
