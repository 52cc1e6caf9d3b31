package io.ipaccord.event.events;

import java.time.LocalDate;
import java.util.List;

import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.ipaccord.contracts.Identifiers;
import io.ipaccord.event.series.SeriesInput;

/** Body of POST /events: the facts of {@link EventChange}, an optional id, and the first participants and figures. */
public record EventInput(
        @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id,
        @NotNull EventType type,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 20000) String summary,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @Size(max = 200) String city,
        @Size(max = 200) String region,
        @Pattern(regexp = Identifiers.STATE_CODE, message = Identifiers.STATE_CODE_MESSAGE) String hostCountry,
        @Size(max = 300) String venue,
        EventStatus status,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> organisers,
        @Valid SeriesInput series,
        @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String parentId,
        @Size(max = 100) List<@NotNull @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String> relatedTreaties,
        @Size(max = 250) List<@NotNull @Pattern(regexp = Identifiers.STATE_CODE, message = Identifiers.STATE_CODE_MESSAGE) String> relatedStates,
        @Size(max = 20) List<@NotBlank @Size(max = 2000) String> sources,
        @Pattern(regexp = "yes|no|partial", message = "must be yes, no or partial") String verified,
        @Size(max = 5000) String notes,
        @Size(max = 500) List<@NotNull @Valid ParticipantInput> participants,
        @Size(max = 100) List<@NotNull @Valid AttendanceInput> attendance) {

    EventChange change() {
        return new EventChange(type, title, summary, startDate, endDate, city, region, hostCountry, venue, status,
                organisers, series, parentId, relatedTreaties, relatedStates, sources, verified, notes);
    }
}
