package io.ipaccord.treaty.common;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.ipaccord.platform.rest.QueryParams;

/** The date a status is computed for: the {@code asOf} parameter, today (UTC) when absent. */
public final class AsOf {

    private AsOf() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static LocalDate parse(String value) {
        LocalDate date = QueryParams.date("asOf", value);
        return date == null ? today() : date;
    }
}
