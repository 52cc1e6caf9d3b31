package io.ipaccord.treaty.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.treaty.partytable.PartyTableWriter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The forms an export is answered in, chosen by a {@code format} query parameter or else by {@code Accept}. */
public enum ExportFormat {
    CSV(MediaType.valueOf(PartyTableWriter.MEDIA_TYPE).withCharset("UTF-8"), "csv"),
    JSON(MediaType.APPLICATION_JSON_TYPE, "json");

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The answer's {@code Content-Type}: {@code text/csv;charset=UTF-8}, {@code application/json}. */
    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * {@code format} ({@code csv} or {@code json}, case-insensitive) when given, 400 naming it otherwise; else the
     * first of the acceptable media types (best first) that one of the two matches, CSV first: CSV for
     * {@code text/*}, {@code *}{@code /*} or no {@code Accept}, JSON for {@code application/*}.
     */
    public static ExportFormat choose(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            String wanted = format.trim().toLowerCase(Locale.ROOT);
            for (ExportFormat candidate : values()) {
                if (candidate.extension.equals(wanted)) {
                    return candidate;
                }
            }
            throw ProblemException.invalid("format", "must be csv or json");
        }
        for (MediaType type : acceptable) {
            for (ExportFormat candidate : values()) {
                if (type.isCompatible(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        return CSV;
    }

    public static ExportFormat choose(String format, HttpHeaders headers) {
        return choose(format, headers.getAcceptableMediaTypes());
    }

    /** {@code attachment; filename="BEIJING-parties-2026-02-03.csv"}: the subject, what it lists and the date. */
    public String contentDisposition(String subject, String what, LocalDate asOf) {
        return "attachment; filename=\"" + subject + "-" + what + "-" + asOf + "." + extension + "\"";
    }
}
