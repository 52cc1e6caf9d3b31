package io.ipaccord.contracts.event.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A party's record of taking part in WIPO meetings, computed from the meetings' lists of participants.
 *
 * @param party                    the state's ISO 3166-1 alpha-2 code or the organisation's code
 * @param sessionsAttended         meetings whose list names the party (any capacity)
 * @param firstAttended            the earliest such meeting, null when none
 * @param lastAttended             the latest such meeting, null when none
 * @param completeSessions         meetings on record whose list of members is complete
 * @param completeSessionsAttended of those, the ones whose list names the party
 * @param attendanceRate           completeSessionsAttended / completeSessions, null when no list is complete
 * @param bodies                   per body (e.g. SCCR), the same figures and the sessions attended per year
 */
public record ParticipationRecord(String party, int sessionsAttended, Attendance firstAttended, Attendance lastAttended,
        int completeSessions, int completeSessionsAttended, Double attendanceRate, List<Body> bodies) {

    /** One meeting attended: its meeting and event ids, start date and the party's capacity there. */
    public record Attendance(String meetingId, String eventId, LocalDate startDate, String capacity) {
    }

    /** The party's record with one body, with its sessions attended year by year. */
    public record Body(String body, int sessionsAttended, Attendance firstAttended, Attendance lastAttended,
            int completeSessions, int completeSessionsAttended, Double attendanceRate, List<Year> years) {
    }

    /** The sessions of one body attended in one year, by start date. */
    public record Year(int year, int sessionsAttended, List<String> meetingIds) {
    }
}
