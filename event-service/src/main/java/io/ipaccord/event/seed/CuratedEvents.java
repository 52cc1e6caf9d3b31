package io.ipaccord.event.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.ipaccord.contracts.event.AttendanceMeasure;
import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.contracts.event.OrganisationType;
import io.ipaccord.contracts.event.ParticipantKind;
import io.ipaccord.contracts.event.ParticipantRole;
import io.ipaccord.event.events.AttendanceInput;
import io.ipaccord.event.events.EventInput;
import io.ipaccord.event.events.ParticipantInput;
import io.ipaccord.event.series.EventSeries;
import io.ipaccord.event.series.SeriesInput;
import io.ipaccord.platform.seed.CsvTable;

/**
 * The seed's files read as what the API takes: the 15 events of {@code seed/events.csv} (the project's reference
 * data, copied unchanged with its sources) together with what was authored from those rows' text in the curated
 * files: {@code event_series.csv}, {@code event_links.csv} (parent, series, related states),
 * {@code event_participants.csv} and {@code event_attendance.csv} (one figure per source).
 *
 * <p>Host countries are the codes {@code member_states.csv} (the same reference data member-service seeds from) gives
 * the rows' country names, and related states must be in it; treaty codes are the reference data's. Anything else,
 * or a curated row naming an event events.csv does not hold, fails the start.
 */
final class CuratedEvents {

    static final String EVENTS = "seed/events.csv";
    static final String MEMBER_STATES = "seed/member_states.csv";
    static final String SERIES = "seed/event_series.csv";
    static final String LINKS = "seed/event_links.csv";
    static final String PARTICIPANTS = "seed/event_participants.csv";
    static final String ATTENDANCE = "seed/event_attendance.csv";

    /** events.csv's types that are not simply the enum's name in lower case. */
    private static final Map<String, EventType> TYPE_ALIASES = Map.of(
            "treaty_action_ceremony", EventType.DEPOSIT_CEREMONY,
            "member_state_assemblies", EventType.ASSEMBLY_SESSION);

    private CuratedEvents() {
    }

    /** The seeded events as API inputs, in the order of events.csv; the status as of {@code today}. */
    static List<EventInput> inputs(LocalDate today) {
        Map<String, String> codeByName = new HashMap<>();
        CsvTable.fromClasspath(MEMBER_STATES).rows().forEach(row -> codeByName.put(row.get("name"), row.get("iso2")));
        Map<String, Map<String, String>> links = byEvent(CsvTable.fromClasspath(LINKS).rows());
        Map<String, List<Map<String, String>>> participants = grouped(CsvTable.fromClasspath(PARTICIPANTS).rows());
        Map<String, List<Map<String, String>>> attendance = grouped(CsvTable.fromClasspath(ATTENDANCE).rows());
        List<Map<String, String>> rows = CsvTable.fromClasspath(EVENTS).rows();

        Set<String> ids = rows.stream().map(row -> row.get("event_id")).collect(Collectors.toSet());
        for (Set<String> named : List.of(links.keySet(), participants.keySet(), attendance.keySet())) {
            named.stream().filter(id -> !ids.contains(id)).findFirst().ifPresent(id -> {
                throw new IllegalStateException("Curated seed data names " + id + ", which is not in " + EVENTS);
            });
        }

        List<EventInput> inputs = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String id = row.get("event_id");
            Map<String, String> link = links.getOrDefault(id, Map.of());
            String host = codeByName.get(row.get("country"));
            if (host == null) {
                throw new IllegalStateException(EVENTS + " " + id + ": country '" + row.get("country") + "' is not in " + MEMBER_STATES);
            }
            List<String> relatedStates = list(link.get("related_states"), ",");
            relatedStates.stream().filter(code -> !codeByName.containsValue(code)).findFirst().ifPresent(code -> {
                throw new IllegalStateException(LINKS + " " + id + ": related state " + code + " is not in " + MEMBER_STATES);
            });
            LocalDate start = LocalDate.parse(row.get("start_date"));
            LocalDate end = LocalDate.parse(row.get("end_date"));
            List<String> sources = new ArrayList<>(new LinkedHashSet<>(concat(list(row.get("source_url"), ";"),
                    list(link.get("source_url"), ";"))));
            EventInput input = new EventInput();
            input.id = id;
            input.type = type(row.get("event_type"));
            input.title = row.get("title");
            input.summary = row.get("facts");
            input.startDate = start;
            input.endDate = end;
            input.city = blankToNull(row.get("city"));
            input.region = blankToNull(row.get("region"));
            input.hostCountry = host;
            input.status = end.isBefore(today) ? EventStatus.HELD : EventStatus.PLANNED;
            input.organisers = list(row.get("organisers"), ";");
            input.series = blankToNull(link.get("series_code")) == null ? null : new SeriesInput(link.get("series_code"), null, null);
            input.parentId = blankToNull(link.get("parent_id"));
            input.relatedTreaties = list(row.get("related_treaty"), ";");
            input.relatedStates = relatedStates;
            input.sources = sources;
            input.verified = row.get("verified_yes_no").toLowerCase(Locale.ROOT);
            input.notes = notes(row.get("notes"), link.get("note"));
            input.participants = participants.getOrDefault(id, List.of()).stream().map(CuratedEvents::participant).toList();
            input.attendance = attendance.getOrDefault(id, List.of()).stream().map(CuratedEvents::attendance).toList();
            inputs.add(input);
        }
        return inputs;
    }

    static EventType type(String text) {
        EventType alias = TYPE_ALIASES.get(text);
        return alias != null ? alias : EventType.valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** The series of {@code event_series.csv}, with their sources. */
    static List<EventSeries> series() {
        return CsvTable.fromClasspath(SERIES).rows().stream().map(CuratedEvents::series).toList();
    }

    private static EventSeries series(Map<String, String> row) {
        EventSeries series = new EventSeries();
        series.code = row.get("code");
        series.name = row.get("name");
        series.description = row.get("description");
        series.sources = new ArrayList<>(list(row.get("source_url"), ";"));
        return series;
    }

    private static ParticipantInput participant(Map<String, String> row) {
        String type = blankToNull(row.get("organisation_type"));
        return new ParticipantInput(ParticipantKind.valueOf(row.get("kind")), row.get("name"),
                type == null ? null : OrganisationType.valueOf(type), ParticipantRole.valueOf(row.get("role")),
                blankToNull(row.get("title")), blankToNull(row.get("affiliation")), blankToNull(row.get("source")),
                blankToNull(row.get("note")));
    }

    private static AttendanceInput attendance(Map<String, String> row) {
        return new AttendanceInput(AttendanceMeasure.valueOf(row.get("measure")), Long.parseLong(row.get("value")),
                row.get("source"), blankToNull(row.get("note")));
    }

    private static String notes(String rowNotes, String linkNote) {
        List<String> parts = new ArrayList<>();
        if (blankToNull(rowNotes) != null) {
            parts.add(rowNotes.trim());
        }
        if (blankToNull(linkNote) != null) {
            parts.add(linkNote.trim());
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private static Map<String, Map<String, String>> byEvent(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (Map<String, String> row : rows) {
            if (byId.put(row.get("event_id"), row) != null) {
                throw new IllegalStateException("Two curated rows for " + row.get("event_id"));
            }
        }
        return byId;
    }

    private static Map<String, List<Map<String, String>>> grouped(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> byId = new HashMap<>();
        rows.forEach(row -> byId.computeIfAbsent(row.get("event_id"), id -> new ArrayList<>()).add(row));
        return byId;
    }

    private static List<String> list(String text, String separator) {
        return text == null ? List.of()
                : Arrays.stream(text.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
