package io.ipaccord.gateway.meeting;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ParticipationRecord")
@Description("A party's record of taking part in WIPO meetings, from the meetings' lists of participants.")
public record ParticipationRecord(
        @Id @NonNull @Description("The state's ISO code or the organisation's code.") String party,
        @Description("Meetings whose list names the party (any capacity).") int sessionsAttended,
        Attendance firstAttended,
        Attendance lastAttended,
        @Description("Meetings on record whose list of members is complete.") int completeSessions,
        @Description("Of those, the ones whose list names the party.") int completeSessionsAttended,
        @Description("completeSessionsAttended / completeSessions; null when no list is complete.") Double attendanceRate,
        @NonNull @Description("Per body, the same figures and the sessions attended year by year.") List<@NonNull Body> bodies) {

    @Type("MeetingAttendance")
    @Description("One meeting attended, with the party's capacity there.")
    public record Attendance(@Id @NonNull String meetingId, @Id @NonNull String eventId, @NonNull LocalDate startDate,
            String capacity) {
        static Attendance from(io.ipaccord.contracts.event.api.ParticipationRecord.Attendance a) {
            return a == null ? null : new Attendance(a.meetingId(), a.eventId(), a.startDate(), a.capacity());
        }
    }

    @Type("BodyParticipation")
    @Description("A party's record with one body (SCCR, SCP...).")
    public record Body(@NonNull String body, int sessionsAttended, Attendance firstAttended, Attendance lastAttended,
            int completeSessions, int completeSessionsAttended, Double attendanceRate, @NonNull List<@NonNull Year> years) {
    }

    @Type("YearParticipation")
    @Description("The sessions of one body attended in one year, by start date.")
    public record Year(int year, int sessionsAttended, @NonNull List<@NonNull String> meetingIds) {
    }

    static ParticipationRecord from(io.ipaccord.contracts.event.api.ParticipationRecord r) {
        return new ParticipationRecord(r.party(), r.sessionsAttended(), Attendance.from(r.firstAttended()),
                Attendance.from(r.lastAttended()), r.completeSessions(), r.completeSessionsAttended(), r.attendanceRate(),
                r.bodies().stream().map(b -> new Body(b.body(), b.sessionsAttended(), Attendance.from(b.firstAttended()),
                        Attendance.from(b.lastAttended()), b.completeSessions(), b.completeSessionsAttended(),
                        b.attendanceRate(), b.years().stream().map(y -> new Year(y.year(), y.sessionsAttended(),
                                List.copyOf(y.meetingIds()))).toList())).toList());
    }
}
