package io.ipaccord.event.series;

import io.ipaccord.event.common.Codes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The series an event belongs to: an existing one by code, or a new one, which needs a name. */
public record SeriesInput(
        @NotNull @Pattern(regexp = Codes.SERIES, message = Codes.SERIES_MESSAGE) String code,
        @Size(min = 1, max = 200) String name,
        @Size(max = 2000) String description) {
}
