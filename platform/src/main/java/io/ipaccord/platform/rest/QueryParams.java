package io.ipaccord.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import io.ipaccord.platform.json.StrictJson;
import io.ipaccord.platform.problem.ProblemException;

/**
 * Query parameters read as typed values. JAX-RS answers 404 when it cannot convert a query
 * parameter; reading them here instead refuses a bad value with a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO date, or null when absent. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date like 2020-04-28");
        }
        if (!StrictJson.plausible(date)) {
            throw ProblemException.invalid(field, "must be a date from " + StrictJson.FIRST_DAY + " to " + StrictJson.LAST_DAY);
        }
        return date;
    }

    /** A constant of {@code type} (case-insensitive), or null when absent. */
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

    /** One code matching {@code pattern}, or null when absent. */
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

    /** A comma-separated list of one to {@code max} codes, duplicates dropped, in the order given. */
    public static List<String> codes(String field, String value, String pattern, String message, int max) {
        List<String> codes = value == null ? List.of() : List.copyOf(new LinkedHashSet<>(Arrays.stream(value.split(","))
                .map(String::trim).filter(code -> !code.isEmpty()).toList()));
        if (codes.isEmpty()) {
            throw ProblemException.invalid(field, "must list at least one code");
        }
        if (codes.size() > max) {
            throw ProblemException.invalid(field, "at most " + max + " codes per call");
        }
        codes.stream().filter(code -> !code.matches(pattern)).findFirst().ifPresent(code -> {
            throw ProblemException.invalid(field, "'" + code + "' " + message);
        });
        return codes;
    }
}
