package io.ipaccord.event.events;

import java.util.List;

import io.ipaccord.contracts.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /events: the facts of {@link EventChange}, an optional id, and the first participants and figures. */
public class EventInput extends EventChange {

    @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE)
    public String id;

    @Size(max = 500)
    public List<@NotNull @Valid ParticipantInput> participants;

    @Size(max = 100)
    public List<@NotNull @Valid AttendanceInput> attendance;
}
