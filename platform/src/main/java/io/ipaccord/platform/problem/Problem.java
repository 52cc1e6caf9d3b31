package io.ipaccord.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details. {@code errors} names each field at fault (JSON path of the request
 * body, or the query/path parameter).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://ipaccord.io/problems/";

    /**
     * @param field   the request field at fault (for a line of an uploaded file: its column)
     * @param message why
     * @param line    for an uploaded file (e.g. a CSV table): the physical line at fault, 1 being the first; else absent
     * @param column  for an uploaded file: the column at fault; else absent
     * @param reason  for an uploaded file: why, without the line and column; else absent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, Integer line, String column, String reason) {

        public FieldError(String field, String message) {
            this(field, message, null, null, null);
        }

        /** A problem on one line of an uploaded file: {@code field} is the column, {@code message} says where and why. */
        public static FieldError atLine(int line, String column, String reason) {
            return new FieldError(column, "line " + line + ", " + column + ": " + reason, line, column, reason);
        }
    }
}
