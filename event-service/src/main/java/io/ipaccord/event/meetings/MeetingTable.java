package io.ipaccord.event.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.ipaccord.event.common.Codes;
import io.ipaccord.platform.problem.Problem.FieldError;
import io.ipaccord.platform.seed.CsvTable;

/**
 * A meetings table pair in the format of the reference data ({@code meetings.csv} and {@code meeting_participants.csv}),
 * read and checked row by row. Every problem is kept (file, line, column, reason), never only the first: a refused
 * pair lists them all. The references rows make (member states) are checked against {@link MeetingReferences}.
 */
public final class MeetingTable {

    public static final String MEETINGS = "meetings";
    public static final String PARTICIPANTS = "participants";
    public static final List<String> MEETING_COLUMNS = List.of("id", "body_code", "session", "type", "title", "start_date",
            "end_date", "city", "country_iso2", "format", "document_code", "member_states_count_reported",
            "igo_count_reported", "ngo_count_reported", "source_url", "notes");
    public static final List<String> PARTICIPANT_COLUMNS = List.of("meeting_id", "participant_name_source", "iso2", "kind",
            "capacity", "source_url");
    public static final Set<String> TYPES = Set.of("committee_session", "assemblies", "working_group",
            "diplomatic_conference", "other");
    public static final Set<String> KINDS = Set.of("state", "igo", "ngo");
    public static final Set<String> FORMATS = Set.of("hybrid", "in_person", "virtual");
    public static final String MEETING_ID = "MTG-[A-Z0-9][A-Z0-9-]{0,72}";

    /** One meeting row, its fields trimmed and typed. */
    public record MeetingRow(int line, String id, String body, String session, String type, String title, LocalDate start,
            LocalDate end, String city, String country, String format, String documentCode, Integer memberStatesReported,
            Integer igosReported, Integer ngosReported, String source, String notes) {
    }

    /** One participant row. */
    public record ParticipantRow(int line, String meetingId, String name, String iso2, String kind, String capacity,
            String source) {
    }

    /** The rows that could be read and every problem found. */
    public record Parsed(List<MeetingRow> meetings, List<ParticipantRow> participants, List<FieldError> problems) {
    }

    private MeetingTable() {
    }

    /** A problem on a line of one of the two files: {@code field} is the file (the request part), then line, column, reason. */
    public static FieldError problem(String file, int line, String column, String reason) {
        FieldError at = FieldError.atLine(line, column, reason);
        return new FieldError(file, file + " " + at.message(), at.line(), at.column(), at.reason());
    }

    /** Reads and checks both files; {@code knownState} says whether a state code is a member state (ever known). */
    public static Parsed parse(String meetingsCsv, String participantsCsv, Predicate<String> knownState) {
        List<FieldError> problems = new ArrayList<>();
        List<MeetingRow> meetings = new ArrayList<>();
        Map<String, Integer> meetingLines = new HashMap<>();
        for (Row row : rows(MEETINGS, meetingsCsv, MEETING_COLUMNS, problems)) {
            MeetingRow meeting = meeting(row, knownState);
            if (meeting.id() != null) {
                Integer first = meetingLines.putIfAbsent(meeting.id(), row.line);
                if (first != null) {
                    row.problem("id", "duplicate row: meeting " + meeting.id() + " is already on line " + first);
                }
            }
            if (row.problems.isEmpty()) {
                meetings.add(meeting);
            }
            problems.addAll(row.problems);
        }
        List<ParticipantRow> participants = new ArrayList<>();
        Map<String, Integer> participantLines = new HashMap<>();
        for (Row row : rows(PARTICIPANTS, participantsCsv, PARTICIPANT_COLUMNS, problems)) {
            ParticipantRow participant = participant(row, knownState);
            if (participant.meetingId() != null && !participant.meetingId().isEmpty()
                    && !meetingLines.containsKey(participant.meetingId())) {
                row.problem("meeting_id", "unknown meeting " + participant.meetingId() + ": not in the meetings file");
            }
            if (participant.meetingId() != null && participant.name() != null) {
                duplicate(row, participantLines, "participant_name_source", participant.meetingId() + "\n"
                        + participant.name().toLowerCase(Locale.ROOT), participant.name() + " is already listed for "
                        + participant.meetingId());
            }
            if (participant.meetingId() != null && participant.iso2() != null) {
                duplicate(row, participantLines, "iso2", participant.meetingId() + "\n#" + participant.iso2(),
                        participant.iso2() + " is already listed for " + participant.meetingId());
            }
            if (row.problems.isEmpty()) {
                participants.add(participant);
            }
            problems.addAll(row.problems);
        }
        return new Parsed(meetings, participants, problems);
    }

    private static void duplicate(Row row, Map<String, Integer> seen, String column, String key, String what) {
        Integer first = seen.putIfAbsent(key, row.line);
        if (first != null) {
            row.problem(column, "duplicate row: " + what + " on line " + first);
        }
    }

    private static MeetingRow meeting(Row row, Predicate<String> knownState) {
        String id = row.required("id", 76);
        if (id != null && !id.matches(MEETING_ID)) {
            row.problem("id", "must be a meeting id: 'MTG-' then capital letters, digits and '-' (at most 76 characters)");
        }
        String body = row.required("body_code", 40);
        if (body != null && !body.matches(Codes.BODY)) {
            row.problem("body_code", Codes.BODY_MESSAGE);
        }
        String type = row.required("type", 30);
        if (type != null && !TYPES.contains(type)) {
            row.problem("type", "unknown type " + type + ": must be one of " + String.join(", ", sorted(TYPES)));
        }
        LocalDate start = row.date("start_date", true);
        LocalDate end = row.date("end_date", true);
        if (start != null && end != null && end.isBefore(start)) {
            row.problem("end_date", "end date " + end + " is before start date " + start);
        }
        String country = row.optional("country_iso2", 2);
        if (country != null && !(country.matches("[A-Z]{2}") && knownState.test(country))) {
            row.problem("country_iso2", "unknown member state " + country);
        }
        String format = row.optional("format", 20);
        if (format != null && !FORMATS.contains(format)) {
            row.problem("format", "unknown format " + format + ": must be empty or one of " + String.join(", ", sorted(FORMATS)));
        }
        return new MeetingRow(row.line, id, body, row.optional("session", 20), type, row.required("title", 500), start, end,
                row.optional("city", 200), country, format, row.optional("document_code", 100),
                row.count("member_states_count_reported"), row.count("igo_count_reported"), row.count("ngo_count_reported"),
                row.required("source_url", 2000), row.optional("notes", 5000));
    }

    private static ParticipantRow participant(Row row, Predicate<String> knownState) {
        String meetingId = row.required("meeting_id", 76);
        String name = row.required("participant_name_source", 300);
        String kind = row.required("kind", 10);
        if (kind != null && !KINDS.contains(kind)) {
            row.problem("kind", "unknown kind " + kind + ": must be one of " + String.join(", ", sorted(KINDS)));
        }
        String iso2 = row.optional("iso2", 2);
        if (iso2 != null) {
            if (!"state".equals(kind)) {
                row.problem("iso2", "only a state has an iso2 code (an organisation is joined by its name)");
            } else if (!iso2.matches("[A-Z]{2}") || !knownState.test(iso2)) {
                row.problem("iso2", "unknown member state " + iso2);
            }
        }
        String capacity = row.required("capacity", 200);
        if (capacity != null && !knownCapacity(kind, capacity)) {
            row.problem("capacity", "unknown capacity " + capacity + ": must be member, observer or, for an igo, the"
                    + " report's wording of a member role (e.g. 'member capacity')");
        }
        return new ParticipantRow(row.line, meetingId, name, iso2, kind, capacity, row.required("source_url", 2000));
    }

    /** member and observer; an organisation may also sit in a member role the report words its own way. */
    static boolean knownCapacity(String kind, String capacity) {
        return capacity.equals("member") || capacity.equals("observer")
                || ("igo".equals(kind) && capacity.toLowerCase(Locale.ROOT).matches(".*\\bmember\\b.*"));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** The data rows of one file, each with its fields by column; a bad header or file is a problem of line 1. */
    private static List<Row> rows(String file, String text, List<String> columns, List<FieldError> problems) {
        List<CsvTable.Record> records;
        try {
            records = CsvTable.numberedRecords(text == null ? "" : text.replace("\uFEFF", ""));
        } catch (IllegalArgumentException e) {
            problems.add(problem(file, (int) (text.lines().count()), "", "the file " + e.getMessage().toLowerCase(Locale.ROOT)));
            return List.of();
        }
        if (records.isEmpty()) {
            problems.add(problem(file, 1, "", "the file is empty: the header line must be " + String.join(",", columns)));
            return List.of();
        }
        List<String> header = records.get(0).fields().stream().map(String::trim).toList();
        if (!header.equals(columns)) {
            problems.add(problem(file, records.get(0).line(), "", "the header must be " + String.join(",", columns)
                    + " (found " + String.join(",", header) + ")"));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != columns.size()) {
                problems.add(problem(file, record.line(), "", "the row has " + record.fields().size()
                        + " fields, the header " + columns.size()));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                fields.put(columns.get(i), record.fields().get(i).trim());
            }
            rows.add(new Row(file, record.line(), fields));
        }
        return rows;
    }

    /** One data row being read: its fields and the problems found so far. */
    private static final class Row {

        final String file;
        final int line;
        final Map<String, String> fields;
        final List<FieldError> problems = new ArrayList<>();

        Row(String file, int line, Map<String, String> fields) {
            this.file = file;
            this.line = line;
            this.fields = fields;
        }

        void problem(String column, String reason) {
            problems.add(MeetingTable.problem(file, line, column, reason));
        }

        String optional(String column, int max) {
            String value = fields.get(column);
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (value.length() > max) {
                problem(column, "at most " + max + " characters");
            }
            return value;
        }

        String required(String column, int max) {
            String value = optional(column, max);
            if (value == null) {
                problem(column, "must not be empty");
            }
            return value;
        }

        LocalDate date(String column, boolean required) {
            String value = required ? required(column, 10) : optional(column, 10);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, "not a date (YYYY-MM-DD): " + value);
                return null;
            }
        }

        Integer count(String column) {
            String value = optional(column, 9);
            if (value == null) {
                return null;
            }
            if (!value.matches("[0-9]{1,9}")) {
                problem(column, "must be empty or a whole number of 0 or more: " + value);
                return null;
            }
            return Integer.valueOf(value);
        }
    }
}
