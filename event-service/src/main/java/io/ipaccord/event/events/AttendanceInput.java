package io.ipaccord.event.events;

import io.ipaccord.contracts.event.AttendanceMeasure;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of POST /events/{id}/attendance: one figure with the source that gives it. */
public record AttendanceInput(
        @NotNull AttendanceMeasure measure,
        @NotNull @PositiveOrZero Long value,
        @NotBlank @Size(max = 2000) String source,
        @Size(max = 2000) String note) {
}
