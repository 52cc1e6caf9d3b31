package io.ipaccord.event.events;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import io.ipaccord.contracts.event.EventData;

/**
 * One kind of row list an event owns and the API edits row by row: how to reach the list, check an input, make a row
 * of it and show a row. {@code label} names a row in a 404.
 */
public record PartList<P extends EventPart, I, D>(String label, Function<Event, List<P>> rows, Consumer<I> check,
        BiFunction<I, Event, P> create, Function<P, D> toData) {

    public static final PartList<EventParticipant, ParticipantInput, EventData.Participant> PARTICIPANTS = new PartList<>(
            "participant", event -> event.participants, input -> input.requireConsistent(""), EventMapper::participant,
            EventMapper::toData);

    public static final PartList<EventAttendance, AttendanceInput, EventData.Attendance> ATTENDANCE = new PartList<>(
            "attendance figure", event -> event.attendance, input -> { }, EventMapper::attendance, EventMapper::toData);
}
