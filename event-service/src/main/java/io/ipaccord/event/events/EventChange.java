package io.ipaccord.event.events;

import java.time.LocalDate;
import java.util.List;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.event.series.SeriesInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of PUT /events/{id}: the event's facts. Participants and attendance figures have their own sub-resources;
 * {@code endDate} null means a single-day event; {@code status} null keeps the current one (PLANNED when new).
 * A class rather than a record so that {@link EventInput} (POST) adds to these facts without repeating them: both
 * bodies are flat JSON, and each invalid field is named as sent.
 */
public class EventChange {

    @NotNull
    public EventType type;

    @NotBlank
    @Size(max = 500)
    public String title;

    @Size(max = 20000)
    public String summary;

    @NotNull
    public LocalDate startDate;

    public LocalDate endDate;

    @Size(max = 200)
    public String city;

    @Size(max = 200)
    public String region;

    @Pattern(regexp = Identifiers.STATE_CODE, message = Identifiers.STATE_CODE_MESSAGE)
    public String hostCountry;

    @Size(max = 300)
    public String venue;

    public EventStatus status;

    @Size(max = 50)
    public List<@NotBlank @Size(max = 1000) String> organisers;

    @Valid
    public SeriesInput series;

    @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE)
    public String parentId;

    @Size(max = 100)
    public List<@NotNull @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String> relatedTreaties;

    @Size(max = 250)
    public List<@NotNull @Pattern(regexp = Identifiers.STATE_CODE, message = Identifiers.STATE_CODE_MESSAGE) String> relatedStates;

    @Size(max = 20)
    public List<@NotBlank @Size(max = 2000) String> sources;

    @Pattern(regexp = "yes|no|partial", message = "must be yes, no or partial")
    public String verified;

    @Size(max = 5000)
    public String notes;
}
