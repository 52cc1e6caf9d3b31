package io.ipaccord.gateway.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An RFC 9457 problem document as the ipaccord services answer errors. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The most specific human text: the detail, else the title. */
    public String text() {
        return detail != null && !detail.isBlank() ? detail : title;
    }
}
