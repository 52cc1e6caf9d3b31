package io.ipaccord.gateway.meeting;

import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.api.MeetingImportResult;
import io.ipaccord.contracts.event.api.ParticipationRecord;
import io.ipaccord.gateway.event.EventServiceClient;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

/**
 * event-service's meeting and participation endpoints (same service and config key as {@link EventServiceClient}).
 * Call it through {@code Backend<MeetingClient>}.
 */
@RegisterRestClient(configKey = EventServiceClient.SERVICE)
@Path("/")
public interface MeetingClient {

    @GET
    @Path("meetings/{meetingId}")
    EventData meeting(@PathParam("meetingId") String meetingId);

    @GET
    @Path("meetings/{meetingId}/attended-not-at/{otherId}")
    List<EventData.Participant> attendedNotAt(@PathParam("meetingId") String meetingId, @PathParam("otherId") String otherId);

    @GET
    @Path("participation/{party}")
    ParticipationRecord participation(@PathParam("party") String party);

    /** The two files as multipart parts; 400 with every problem (file, line, column, reason) when refused. */
    @PUT
    @Path("meetings")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    MeetingImportResult importMeetings(@RestForm("meetings") @PartType("text/csv") String meetings,
            @RestForm("participants") @PartType("text/csv") String participants);
}
