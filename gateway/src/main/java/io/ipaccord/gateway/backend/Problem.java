package io.ipaccord.gateway.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An RFC 9457 problem document as the ipaccord services answer errors. Its {@code errors} extension lists what was
 * refused: an input field and its message, or (a refused file, e.g. a party table) a line, column and reason.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message, Integer line, String column, String reason) {

        public FieldError(String field, String message) {
            this(field, message, null, null, null);
        }

        /** The message, else "line 3, column party_code: reason". */
        public String text() {
            if (message != null && !message.isBlank()) {
                return message;
            }
            StringBuilder text = new StringBuilder();
            if (line != null) {
                text.append("line ").append(line);
            }
            if (column != null && !column.isBlank()) {
                text.append(text.isEmpty() ? "" : ", ").append("column ").append(column);
            }
            if (reason != null && !reason.isBlank()) {
                text.append(text.isEmpty() ? "" : ": ").append(reason);
            }
            return text.isEmpty() ? null : text.toString();
        }

        /** A refusal of a line of a file rather than of an input field. */
        public boolean isLine() {
            return line != null;
        }
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The most specific human text: the detail, else the title. */
    public String text() {
        return detail != null && !detail.isBlank() ? detail : title;
    }
}
