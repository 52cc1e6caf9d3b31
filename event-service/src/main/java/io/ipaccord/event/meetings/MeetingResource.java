package io.ipaccord.event.meetings;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.api.MeetingImportResult;
import io.ipaccord.contracts.event.api.ParticipationRecord;
import io.ipaccord.contracts.security.Roles;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.replica.Origin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** WIPO meetings: the import of a meetings table pair, a meeting by its id, who attended it and not another, a party's participation record. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingResource {

    @Inject MeetingImport importer;
    @Inject MeetingQueries queries;

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("meetings")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a meetings table pair",
            description = "multipart/form-data with two parts, meetings (header " + "id,body_code,session,type,title,start_date,"
                    + "end_date,city,country_iso2,format,document_code,member_states_count_reported,igo_count_reported,"
                    + "ngo_count_reported,source_url,notes) and participants (header meeting_id,participant_name_source,iso2,"
                    + "kind,capacity,source_url), the format of the reference data's meetings/ folder. Adds each new meeting "
                    + "as an event (or joins the one event that has its type, dates and host and is no meeting yet), brings "
                    + "known ones in line; the same pair twice publishes nothing the second time. Any bad row refuses the "
                    + "whole pair, nothing written: 400 whose errors[] give for each problem field (the file: meetings or "
                    + "participants), line (1 = the header), column and reason (unknown meeting, type, kind or capacity, end "
                    + "before start, duplicate row, unknown member state, bad date or count, bad header).")
    @APIResponse(responseCode = "200", description = "What the import did")
    @APIResponse(responseCode = "400", description = "The pair is refused; errors[] lists every problem")
    public MeetingImportResult importTables(@RestForm("meetings") String meetings, @RestForm("participants") String participants) {
        if (meetings == null || participants == null) {
            throw ProblemException.invalid(meetings == null ? MeetingTable.MEETINGS : MeetingTable.PARTICIPANTS,
                    "both parts are required: meetings and participants");
        }
        return importer.importTables(meetings, participants, Origin.API);
    }

    @GET
    @Path("meetings/{meetingId}")
    @Operation(summary = "The event that is this meeting", description = "E.g. MTG-SCCR-19; 404 when no event is.")
    public EventData meeting(@PathParam("meetingId") @Pattern(regexp = MeetingTable.MEETING_ID, message = MEETING_ID_MESSAGE)
            String meetingId) {
        return queries.meeting(meetingId);
    }

    @GET
    @Path("meetings/{meetingId}/attended-not-at/{otherId}")
    @Operation(summary = "Who attended one meeting and not another",
            description = "The delegations the first meeting's list names and the second's does not (a party by its code, a "
                    + "named entity by its name as printed), in list order. Only as good as the lists: see each meeting's listStatus.")
    public List<EventData.Participant> attendedNotAt(
            @PathParam("meetingId") @Pattern(regexp = MeetingTable.MEETING_ID, message = MEETING_ID_MESSAGE) String meetingId,
            @PathParam("otherId") @Pattern(regexp = MeetingTable.MEETING_ID, message = MEETING_ID_MESSAGE) String otherId) {
        return queries.attendedNotAt(meetingId, otherId);
    }

    @GET
    @Path("participation/{party}")
    @Operation(summary = "A party's participation record",
            description = "The meetings whose lists name the state (ISO code) or organisation (its code), per body and year, "
                    + "first and last attendance, and the attendance rate against the meetings on record whose list of "
                    + "members is complete (overall and per body).")
    public ParticipationRecord participation(
            @PathParam("party") @Pattern(regexp = Identifiers.PARTY_CODE, message = Identifiers.PARTY_CODE_MESSAGE) String party) {
        return queries.participation(party);
    }

    static final String MEETING_ID_MESSAGE = "must be a meeting id: 'MTG-' then capital letters, digits and '-', e.g. MTG-SCCR-19";
}
