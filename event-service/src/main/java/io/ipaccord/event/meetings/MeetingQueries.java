package io.ipaccord.event.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.api.ParticipationRecord;
import io.ipaccord.contracts.event.api.ParticipationRecord.Attendance;
import io.ipaccord.event.events.Event;
import io.ipaccord.event.events.EventMapper;
import io.ipaccord.event.events.EventRepository;
import io.ipaccord.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Reads about meetings: one by meeting id, a party's participation record, who attended one meeting and not another. */
@ApplicationScoped
public class MeetingQueries {

    /**
     * A party's participation record in one statement: its delegation rows through {@code event_participant_party_idx}
     * joined to their events by primary key, and the complete lists per body through {@code event_meeting_complete_idx}.
     * One row per meeting attended (body, date, capacity, whether its list is complete) with the body's and the overall
     * number of complete lists; nothing is scanned that is not the party's or a complete list.
     */
    static final String PARTICIPATION_SQL = """
            WITH complete AS (
                SELECT e.meeting_body AS body, count(*) AS n FROM event e
                WHERE e.meeting_id IS NOT NULL AND e.meeting_list_status = 'COMPLETE' GROUP BY e.meeting_body)
            SELECT e.meeting_body, e.meeting_id, e.id, e.start_date, p.capacity, e.meeting_list_status = 'COMPLETE',
                   coalesce((SELECT c.n FROM complete c WHERE c.body = e.meeting_body), 0),
                   (SELECT coalesce(sum(c.n), 0) FROM complete c)
            FROM event_participant p JOIN event e ON e.id = p.event_id
            WHERE p.party_code = ?1 AND e.meeting_id IS NOT NULL
            ORDER BY e.meeting_body, e.start_date, e.id""";

    @Inject EventRepository repository;
    @Inject EntityManager entityManager;

    @Transactional
    public EventData meeting(String meetingId) {
        return EventMapper.toData(require(meetingId));
    }

    @Transactional
    public ParticipationRecord participation(String party) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(PARTICIPATION_SQL).setParameter(1, party).getResultList();
        int allComplete = rows.isEmpty() ? completeSessions() : ((Number) rows.get(0)[7]).intValue();
        Map<String, List<Object[]>> byBody = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        // One row per meeting, even if a report lists the party twice under two names (e.g. "European Union (EU)").
        rows.stream().filter(row -> seen.add((String) row[2]))
                .forEach(row -> byBody.computeIfAbsent((String) row[0], body -> new ArrayList<>()).add(row));
        List<ParticipationRecord.Body> bodies = new ArrayList<>();
        List<Attendance> all = new ArrayList<>();
        int completeAttended = 0;
        for (Map.Entry<String, List<Object[]>> entry : byBody.entrySet()) {
            List<Attendance> attended = entry.getValue().stream().map(MeetingQueries::attendance).toList();
            int complete = ((Number) entry.getValue().get(0)[6]).intValue();
            int bodyCompleteAttended = (int) entry.getValue().stream().filter(row -> (Boolean) row[5]).count();
            Map<Integer, List<String>> years = new LinkedHashMap<>();
            attended.forEach(a -> years.computeIfAbsent(a.startDate().getYear(), y -> new ArrayList<>()).add(a.meetingId()));
            bodies.add(new ParticipationRecord.Body(entry.getKey(), attended.size(), attended.get(0),
                    attended.get(attended.size() - 1), complete, bodyCompleteAttended, rate(bodyCompleteAttended, complete),
                    years.entrySet().stream().map(y -> new ParticipationRecord.Year(y.getKey(), y.getValue().size(),
                            List.copyOf(y.getValue()))).toList()));
            all.addAll(attended);
            completeAttended += bodyCompleteAttended;
        }
        all.sort((a, b) -> a.startDate().equals(b.startDate()) ? a.eventId().compareTo(b.eventId())
                : a.startDate().compareTo(b.startDate()));
        return new ParticipationRecord(party, all.size(), all.isEmpty() ? null : all.get(0),
                all.isEmpty() ? null : all.get(all.size() - 1), allComplete, completeAttended,
                rate(completeAttended, allComplete), bodies);
    }

    /** The delegations listed at {@code attended} that the list of {@code absent} does not name (by party code, else by name as printed). */
    @Transactional
    public List<EventData.Participant> attendedNotAt(String attended, String absent) {
        Event present = require(attended);
        Event other = require(absent);
        Set<String> there = new HashSet<>();
        other.participants.stream().filter(p -> p.capacity != null).forEach(p -> there.add(key(p.partyCode, p.name)));
        return present.participants.stream().filter(p -> p.capacity != null)
                .filter(p -> !there.contains(key(p.partyCode, p.name))).map(EventMapper::toData).toList();
    }

    private int completeSessions() {
        return ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM event WHERE meeting_id IS NOT NULL AND meeting_list_status = 'COMPLETE'")
                .getSingleResult()).intValue();
    }

    private Event require(String meetingId) {
        Event event = repository.byMeetingIds(List.of(meetingId)).get(meetingId);
        if (event == null) {
            throw ProblemException.notFound("No meeting with id " + meetingId);
        }
        return event;
    }

    private static String key(String partyCode, String name) {
        return partyCode != null ? "#" + partyCode : name.trim().toLowerCase(Locale.ROOT);
    }

    private static Attendance attendance(Object[] row) {
        Object date = row[3];
        LocalDate start = date instanceof LocalDate d ? d : ((java.sql.Date) date).toLocalDate();
        return new Attendance((String) row[1], (String) row[2], start, (String) row[4]);
    }

    private static Double rate(int attended, int of) {
        return of == 0 ? null : Math.round(10000.0 * attended / of) / 10000.0;
    }
}
