package io.ipaccord.event.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.ipaccord.contracts.event.EventData;

/** Entity to API and event data: one shape for both, the contract's {@link EventData}. */
public final class EventMapper {

    private static final Comparator<Event> BY_START = Comparator.comparing((Event e) -> e.startDate).thenComparing(e -> e.id);

    private EventMapper() {
    }

    public static EventData toData(Event event) {
        return new EventData(event.id, event.type.name(), event.title, event.summary, event.startDate, event.endDate,
                event.city, event.region, event.hostCountry, event.venue, event.status.name(), List.copyOf(event.organisers),
                event.series == null ? null : new EventData.Series(event.series.code, event.series.name, event.series.description),
                event.parent == null ? null : event.parent.id,
                event.children.stream().sorted(BY_START).map(child -> child.id).toList(),
                event.participants.stream().map(EventMapper::toData).toList(),
                event.attendance.stream().map(EventMapper::toData).toList(),
                List.copyOf(event.relatedTreaties), List.copyOf(event.relatedStates), List.copyOf(event.sources),
                event.verified, event.notes, event.version, event.updatedAt.toInstant(), toData(event.meeting));
    }

    static EventData.Meeting toData(EventMeeting meeting) {
        if (meeting == null || meeting.meetingId == null) {
            return null;
        }
        return new EventData.Meeting(meeting.meetingId, meeting.body, meeting.session, meeting.meetingType,
                meeting.documentCode, meeting.format, meeting.memberStatesReported, meeting.igosReported,
                meeting.ngosReported, zeroIfNull(meeting.memberStatesListed), zeroIfNull(meeting.observerStatesListed),
                zeroIfNull(meeting.memberOrganisationsListed), zeroIfNull(meeting.igosListed), zeroIfNull(meeting.ngosListed),
                meeting.listStatus.name(), meeting.source, meeting.notes);
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    public static EventData.Participant toData(EventParticipant participant) {
        return new EventData.Participant(participant.id, participant.kind.name(), participant.name,
                participant.organisationType == null ? null : participant.organisationType.name(), participant.role.name(),
                participant.title, participant.affiliation, participant.source, participant.note, participant.partyCode,
                participant.capacity);
    }

    public static EventData.Attendance toData(EventAttendance figure) {
        return new EventData.Attendance(figure.id, figure.measure.name(), figure.value, figure.source, figure.note);
    }

    /** The facts of a change; the parent, series and status are the service's to resolve. */
    static void apply(EventChange change, Event event) {
        event.type = change.type;
        event.title = change.title.trim();
        event.summary = blankToNull(change.summary);
        event.startDate = change.startDate;
        event.endDate = change.endDate == null ? change.startDate : change.endDate;
        event.city = blankToNull(change.city);
        event.region = blankToNull(change.region);
        event.hostCountry = change.hostCountry;
        event.venue = blankToNull(change.venue);
        event.organisers = trimmed(change.organisers);
        replace(event.relatedTreaties, distinct(change.relatedTreaties));
        replace(event.relatedStates, distinct(change.relatedStates));
        event.sources = trimmed(change.sources);
        event.verified = change.verified == null ? "no" : change.verified;
        event.notes = blankToNull(change.notes);
    }

    public static EventParticipant participant(ParticipantInput input, Event event) {
        EventParticipant participant = new EventParticipant();
        participant.event = event;
        participant.kind = input.kind();
        participant.name = input.name().trim();
        participant.organisationType = input.organisationType();
        participant.role = input.role();
        participant.title = blankToNull(input.title());
        participant.affiliation = blankToNull(input.affiliation());
        participant.source = blankToNull(input.source());
        participant.note = blankToNull(input.note());
        return participant;
    }

    public static EventAttendance attendance(AttendanceInput input, Event event) {
        EventAttendance figure = new EventAttendance();
        figure.event = event;
        figure.measure = input.measure();
        figure.value = input.value();
        figure.source = input.source().trim();
        figure.note = blankToNull(input.note());
        return figure;
    }

    /** What search should find besides title and summary: places, organisers, participants, codes, series. */
    static String searchExtra(Event event) {
        return Stream.of(
                        Stream.of(event.city, event.region, event.venue, event.hostCountry),
                        event.meeting == null ? Stream.<String>empty()
                                : Stream.of(event.meeting.meetingId, event.meeting.body, event.meeting.documentCode),
                        event.organisers.stream(),
                        event.participants.stream().flatMap(p -> Stream.of(p.name, p.title, p.affiliation)),
                        // BEIJING_TREATY-like codes read as words: "beijing", "treaty"
                        event.relatedTreaties.stream().map(code -> code.replace('_', ' ')),
                        event.relatedStates.stream(),
                        event.series == null ? Stream.<String>empty() : Stream.of(event.series.name))
                .flatMap(s -> s)
                .filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining(" "));
    }

    /** Replaces a persistent list's content in place, so Hibernate updates rather than recreates it when unchanged. */
    private static void replace(List<String> target, List<String> content) {
        if (!target.equals(content)) {
            target.clear();
            target.addAll(content);
        }
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    private static List<String> trimmed(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().map(String::trim).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
