package io.ipaccord.gateway.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.ipaccord.contracts.security.Roles;
import io.ipaccord.gateway.auth.Caller;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.backend.BackendException;
import io.ipaccord.gateway.backend.Problem;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.error.ValidationException;
import io.ipaccord.gateway.event.Event;
import io.ipaccord.gateway.event.Participant;
import io.ipaccord.gateway.graphql.Codes;
import jakarta.inject.Inject;

/** WIPO meetings and participation, forwarded to event-service; a body's sessions and date ranges are {@code events(filter)}. */
@GraphQLApi
public class MeetingQueries {

    @Inject Backend<MeetingClient> meetings;
    @Inject Caller caller;

    @Query("meeting")
    @Description("The event that is this WIPO meeting (e.g. MTG-SCCR-19), or null if there is none.")
    public Event meeting(@Id @NonNull String id) {
        try {
            return Event.from(meetings.read("meeting", client -> client.meeting(id.trim())));
        } catch (NotFoundException unknown) {
            return null;
        }
    }

    @Query("participation")
    @Description("A party's participation record: meetings attended per body and year, first and last attendance, and"
            + " the attendance rate against the meetings on record whose list of members is complete.")
    public ParticipationRecord participation(@Id @NonNull @Description("A state's ISO code (CN) or an organisation's code (EU).")
            String party) {
        String code = Codes.normalize(party);
        if (code == null) {
            throw ValidationException.of("party", "must not be blank");
        }
        return ParticipationRecord.from(meetings.read("participation", client -> client.participation(code)));
    }

    @Query("attendedNotAt")
    @Description("The delegations listed at one meeting and not at another (a party by its code, a named entity by its"
            + " name as printed), e.g. who came to SCCR/19 and not SCCR/21. Errors: NOT_FOUND for an unknown meeting."
            + " At most 250 (query cost).")
    public List<@NonNull Participant> attendedNotAt(@Id @NonNull String meeting, @Id @NonNull String other) {
        return meetings.read("attendedNotAt", client -> client.attendedNotAt(meeting.trim(), other.trim())).stream()
                .map(Participant::from).toList();
    }

    @Mutation("importMeetings")
    @Description("Role: admin. Imports a meetings table pair in the format of the reference data's meetings/ folder: the text of"
            + " meetings.csv and of meeting_participants.csv. Adds new meetings as events, brings known ones in line, the"
            + " same pair twice changes nothing. Errors: VALIDATION when the pair is refused (nothing written), with"
            + " extensions.problems, one {file, line, column, reason} per bad row (unknown meeting, type or capacity, end"
            + " before start, duplicate row, unknown member state...).")
    public MeetingImportResult importMeetings(@NonNull String meetingsCsv, @NonNull String participantsCsv) {
        caller.require(Roles.ADMIN);
        try {
            return MeetingImportResult.from(meetings.write("importMeetings",
                    client -> client.importMeetings(meetingsCsv, participantsCsv)));
        } catch (ValidationException refused) {
            if (refused.getCause() instanceof BackendException.Rejected rejected) {
                List<Problem.FieldError> lines = rejected.problem().map(Problem::errors).orElse(List.of()).stream()
                        .filter(Problem.FieldError::isLine).toList();
                if (!lines.isEmpty()) {
                    throw new MeetingsRefusedException(rejected.problem().map(Problem::text).orElse("The tables are refused"),
                            lines, rejected);
                }
            }
            throw refused;
        }
    }
}
