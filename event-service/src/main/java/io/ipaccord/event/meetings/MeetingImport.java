package io.ipaccord.event.meetings;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.contracts.event.MeetingListStatus;
import io.ipaccord.contracts.event.OrganisationType;
import io.ipaccord.contracts.event.ParticipantKind;
import io.ipaccord.contracts.event.ParticipantRole;
import io.ipaccord.contracts.event.api.MeetingImportResult;
import io.ipaccord.event.events.Event;
import io.ipaccord.event.events.EventMeeting;
import io.ipaccord.event.events.EventParticipant;
import io.ipaccord.event.events.EventRepository;
import io.ipaccord.event.events.EventStore;
import io.ipaccord.event.meetings.MeetingTable.MeetingRow;
import io.ipaccord.event.meetings.MeetingTable.ParticipantRow;
import io.ipaccord.event.replica.TreatyAdoptions.Adoption;
import io.ipaccord.event.series.SeriesInput;
import io.ipaccord.event.series.SeriesService;
import io.ipaccord.platform.problem.Problem.FieldError;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.problem.ProblemKind;
import io.ipaccord.platform.replica.Origin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Imports a meetings table pair ({@link MeetingTable}): each meeting becomes an event of its type in its body's series,
 * its delegations the event's participants, all in one transaction. A meeting already imported is brought in line
 * (only if something differs: the same pair twice publishes nothing the second time); a new meeting whose type and dates
 * are those of one event that is no meeting yet (a curated event: the 2012 Beijing conference) is that event, not a
 * second one. Any bad row refuses the whole pair and nothing is written.
 *
 * <p>What the import owns on an event: its meeting facts, its delegations (participants with a capacity; other
 * participants of a curated event stay), its series when it has none, the treaties a diplomatic conference adopted
 * (added to its related treaties: those adopted at its city during its dates), and, for an event it created, its facts.
 */
@ApplicationScoped
public class MeetingImport {

    static final Map<String, EventType> TYPES = Map.of("committee_session", EventType.COMMITTEE_SESSION,
            "assemblies", EventType.ASSEMBLY_SESSION, "working_group", EventType.WORKING_GROUP,
            "diplomatic_conference", EventType.DIPLOMATIC_CONFERENCE, "other", EventType.OTHER_MEETING);

    /** Meetings written per persistence context. */
    static final int CHUNK = 50;
    /** Seconds an import may take (the real pair, or a big one, on a busy machine: more than the default minute). */
    public static final int TIMEOUT_SECONDS = 600;

    @Inject EventRepository repository;
    @Inject EventStore store;
    @Inject SeriesService series;
    @Inject MeetingReferences references;

    /** An import in a transaction of its own (the API's), given {@link #TIMEOUT_SECONDS}. */
    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public MeetingImportResult importTables(String meetingsCsv, String participantsCsv, Origin origin) {
        return importWithin(meetingsCsv, participantsCsv, origin);
    }

    /** An import in the caller's transaction (the seed's run, which sets its own timeout). */
    @Transactional(TxType.MANDATORY)
    public MeetingImportResult importWithin(String meetingsCsv, String participantsCsv, Origin origin) {
        Set<String> stateCodes = new LinkedHashSet<>();
        Stream.of(codes(meetingsCsv), codes(participantsCsv)).forEach(stateCodes::addAll);
        MeetingReferences.Lookup lookup = references.forOrigin(origin, stateCodes);
        MeetingTable.Parsed parsed = MeetingTable.parse(meetingsCsv, participantsCsv, lookup::knownState);
        if (!parsed.problems().isEmpty()) {
            List<FieldError> problems = parsed.problems();
            throw new ProblemException(ProblemKind.VALIDATION, problems.size() + " problem(s) in the meetings tables, "
                    + "nothing imported: " + problems.stream().limit(5).map(FieldError::message)
                    .collect(Collectors.joining("; ")) + (problems.size() > 5 ? "; ..." : ""), problems);
        }
        Map<String, List<ParticipantRow>> participants = new HashMap<>();
        parsed.participants().forEach(row -> participants.computeIfAbsent(row.meetingId(), id -> new ArrayList<>()).add(row));
        Map<String, String> seriesNames = seriesNames(parsed.meetings());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int added = 0;
        int updated = 0;
        Map<String, Event> existing = Map.of();
        for (int i = 0; i < parsed.meetings().size(); i++) {
            if (i % CHUNK == 0) {
                // A fresh persistence context per chunk: each write flushes, and a flush checks every entity it holds.
                repository.flush();
                repository.getEntityManager().clear();
                existing = repository.byMeetingIds(parsed.meetings().subList(i, Math.min(i + CHUNK, parsed.meetings().size()))
                        .stream().map(MeetingRow::id).toList());
            }
            MeetingRow row = parsed.meetings().get(i);
            List<ParticipantRow> rows = participants.getOrDefault(row.id(), List.of());
            Event event = existing.get(row.id());
            boolean created = false;
            if (event == null) {
                event = sameEvent(row);
            }
            if (event == null) {
                event = new Event();
                event.id = eventId(row.id());
                event.status = row.end().isBefore(today) ? EventStatus.HELD : EventStatus.PLANNED;
                created = true;
            }
            boolean changed = apply(row, rows, event, lookup, seriesNames);
            if (created) {
                store.add(event, List.of());
                added++;
            } else if (changed) {
                store.change(event, EventChangeType.UPDATED, List.of());
                updated++;
            }
        }
        return new MeetingImportResult(parsed.meetings().size(), parsed.participants().size(), added, updated,
                parsed.meetings().size() - added - updated);
    }

    /** The id of the event a meeting creates: {@code EV-} and the meeting id. */
    public static String eventId(String meetingId) {
        return "EV-" + meetingId;
    }

    /** The one event (not yet a meeting) with the meeting's type, dates and host country, if there is exactly one. */
    private Event sameEvent(MeetingRow row) {
        List<Event> candidates = repository.notMeetingsOn(TYPES.get(row.type()), row.start(), row.end()).stream()
                .filter(event -> Objects.equals(event.hostCountry, row.country())).toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** Brings the event in line with the row; whether anything changed. */
    private boolean apply(MeetingRow row, List<ParticipantRow> rows, Event event, MeetingReferences.Lookup lookup,
            Map<String, String> seriesNames) {
        boolean changed = false;
        if (event.id.equals(eventId(row.id()))) {
            changed |= facts(row, event);
        }
        EventMeeting meeting = meeting(row, rows);
        if (!sameMeeting(event.meeting, meeting)) {
            event.meeting = meeting;
            changed = true;
        }
        String seriesCode = seriesCode(row.body());
        if (event.series == null) {
            event.series = series.findOrStart(new SeriesInput(seriesCode, seriesNames.get(row.body()), null));
            changed = true;
        }
        changed |= participants(rows, event, lookup);
        if (TYPES.get(row.type()) == EventType.DIPLOMATIC_CONFERENCE) {
            for (Adoption adoption : lookup.adoptedAt(row.city(), row.start(), row.end())) {
                if (!event.relatedTreaties.contains(adoption.code())) {
                    event.relatedTreaties.add(adoption.code());
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static boolean facts(MeetingRow row, Event event) {
        EventSnapshot before = EventSnapshot.of(event);
        event.type = TYPES.get(row.type());
        event.title = row.title();
        event.startDate = row.start();
        event.endDate = row.end();
        event.city = row.city();
        event.hostCountry = row.country();
        if (!event.sources.equals(List.of(row.source()))) {
            event.sources = new ArrayList<>(List.of(row.source()));
        }
        event.notes = row.notes();
        return !before.equals(EventSnapshot.of(event));
    }

    /** The facts the import sets on an event it created, to tell whether a row changes them. */
    private record EventSnapshot(EventType type, String title, LocalDate start, LocalDate end, String city, String host,
            List<String> sources, String notes) {
        static EventSnapshot of(Event event) {
            return new EventSnapshot(event.type, event.title, event.startDate, event.endDate, event.city, event.hostCountry,
                    List.copyOf(event.sources), event.notes);
        }
    }

    /** Replaces the event's delegations (participants with a capacity) when the rows give others. */
    private static boolean participants(List<ParticipantRow> rows, Event event, MeetingReferences.Lookup lookup) {
        List<EventParticipant> wanted = rows.stream().map(row -> participant(row, event, lookup)).toList();
        List<EventParticipant> current = event.participants.stream().filter(p -> p.capacity != null).toList();
        if (current.stream().map(Delegation::of).toList().equals(wanted.stream().map(Delegation::of).toList())) {
            return false;
        }
        event.participants.removeIf(p -> p.capacity != null);
        event.participants.addAll(wanted);
        return true;
    }

    private record Delegation(ParticipantKind kind, String name, OrganisationType type, String partyCode, String capacity,
            String source) {
        static Delegation of(EventParticipant p) {
            return new Delegation(p.kind, p.name, p.organisationType, p.partyCode, p.capacity, p.source);
        }
    }

    private static EventParticipant participant(ParticipantRow row, Event event, MeetingReferences.Lookup lookup) {
        EventParticipant participant = new EventParticipant();
        participant.event = event;
        participant.name = row.name();
        participant.role = ParticipantRole.DELEGATE;
        participant.capacity = row.capacity();
        participant.source = row.source();
        switch (row.kind()) {
            case "state" -> {
                participant.kind = ParticipantKind.STATE;
                participant.partyCode = row.iso2();
            }
            case "igo" -> {
                participant.kind = ParticipantKind.ORGANISATION;
                participant.organisationType = OrganisationType.IGO;
                participant.partyCode = lookup.organisation(row.name());
            }
            default -> {
                participant.kind = ParticipantKind.ORGANISATION;
                participant.organisationType = OrganisationType.NGO;
            }
        }
        return participant;
    }

    /** The meeting's facts and counts, and how complete its list of members is. */
    static EventMeeting meeting(MeetingRow row, List<ParticipantRow> rows) {
        EventMeeting meeting = new EventMeeting();
        meeting.meetingId = row.id();
        meeting.body = row.body();
        meeting.session = row.session();
        meeting.meetingType = row.type();
        meeting.documentCode = row.documentCode();
        meeting.format = row.format();
        meeting.memberStatesReported = row.memberStatesReported();
        meeting.igosReported = row.igosReported();
        meeting.ngosReported = row.ngosReported();
        meeting.memberStatesListed = count(rows, "state", true);
        meeting.observerStatesListed = count(rows, "state", false);
        meeting.memberOrganisationsListed = count(rows, "igo", true);
        meeting.igosListed = (int) rows.stream().filter(r -> r.kind().equals("igo")).count();
        meeting.ngosListed = (int) rows.stream().filter(r -> r.kind().equals("ngo")).count();
        meeting.listStatus = listStatus(row, meeting, rows.stream().anyMatch(r -> r.kind().equals("state")));
        meeting.source = row.source();
        meeting.notes = row.notes();
        return meeting;
    }

    /**
     * COMPLETE when the members listed equal the printed count (the states alone, or the states and the organisations
     * listed as members, for the bodies whose count includes their contracting organisations: Madrid, Hague);
     * CONFLICT when a count is printed and neither agrees; without a printed count: NO_LIST when no state is listed, CUT
     * when the notes say the state list is cut, else UNCOUNTED.
     */
    static MeetingListStatus listStatus(MeetingRow row, EventMeeting meeting, boolean statesListed) {
        Integer printed = row.memberStatesReported();
        if (printed != null) {
            boolean agrees = printed.equals(meeting.memberStatesListed)
                    || printed == meeting.memberStatesListed + meeting.memberOrganisationsListed;
            return agrees ? MeetingListStatus.COMPLETE : MeetingListStatus.CONFLICT;
        }
        if (!statesListed) {
            return MeetingListStatus.NO_LIST;
        }
        boolean cut = row.notes() != null && row.notes().toLowerCase(Locale.ROOT).contains("state list cut");
        return cut ? MeetingListStatus.CUT : MeetingListStatus.UNCOUNTED;
    }

    private static int count(List<ParticipantRow> rows, String kind, boolean member) {
        return (int) rows.stream().filter(r -> r.kind().equals(kind) && r.capacity().equals("observer") != member).count();
    }

    private static boolean sameMeeting(EventMeeting a, EventMeeting b) {
        if (a == null || a.meetingId == null) {
            return false;
        }
        return Objects.equals(a.meetingId, b.meetingId) && Objects.equals(a.body, b.body) && Objects.equals(a.session, b.session)
                && Objects.equals(a.meetingType, b.meetingType) && Objects.equals(a.documentCode, b.documentCode)
                && Objects.equals(a.format, b.format) && Objects.equals(a.memberStatesReported, b.memberStatesReported)
                && Objects.equals(a.igosReported, b.igosReported) && Objects.equals(a.ngosReported, b.ngosReported)
                && Objects.equals(a.memberStatesListed, b.memberStatesListed)
                && Objects.equals(a.observerStatesListed, b.observerStatesListed)
                && Objects.equals(a.memberOrganisationsListed, b.memberOrganisationsListed)
                && Objects.equals(a.igosListed, b.igosListed) && Objects.equals(a.ngosListed, b.ngosListed)
                && a.listStatus == b.listStatus && Objects.equals(a.source, b.source) && Objects.equals(a.notes, b.notes);
    }

    /** A body's series code: its code with '/' and '+' as '_' (MM/LD/WG is MM_LD_WG). */
    public static String seriesCode(String body) {
        return body.replaceAll("[/+]", "_");
    }

    /** A name per body for a series it starts: the first meeting's title without its session ("..., Tenth Session"). */
    private static Map<String, String> seriesNames(List<MeetingRow> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        for (MeetingRow row : rows) {
            String stripped = row.title().replaceAll(",\\s*[^,]*\\b(Session|Series of Meetings)\\b[^,]*$", "").trim();
            String name = stripped.equals(row.title().trim()) || stripped.isEmpty()
                    ? "WIPO " + row.body() + " meetings" : stripped + " (" + row.body() + ")";
            names.putIfAbsent(row.body(), name.length() > 200 ? name.substring(0, 200) : name);
        }
        return names;
    }

    /** The state codes a file names (its two-letter fields), to look them up in one query. */
    private static Set<String> codes(String csv) {
        Set<String> codes = new LinkedHashSet<>();
        if (csv != null) {
            for (String field : csv.split("[,\\r\\n]")) {
                if (field.trim().matches("[A-Z]{2}")) {
                    codes.add(field.trim());
                }
            }
        }
        return codes;
    }

}
