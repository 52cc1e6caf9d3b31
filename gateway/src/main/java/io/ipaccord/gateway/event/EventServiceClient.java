package io.ipaccord.gateway.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.ipaccord.contracts.audit.Change;
import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.gateway.graphql.BackendPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * event-service's REST API. Base URL: {@code quarkus.rest-client.event-service.url}. Call it through
 * {@code Backend<EventServiceClient>}, which adds fault tolerance and turns failures into GraphQL errors.
 */
@RegisterRestClient(configKey = EventServiceClient.SERVICE)
@Path("/events")
public interface EventServiceClient {

    String SERVICE = "event-service";

    /** event-service's limit for page sizes and for the keys of one batch call. */
    int MAX_PAGE = 500;

    /** {@code from}/{@code to}: events overlapping the range; {@code state}: host or related state. */
    @GET
    BackendPage<EventData> list(@QueryParam("type") EventType type,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("host") String host,
            @QueryParam("treaty") String treaty,
            @QueryParam("state") String state,
            @QueryParam("organisation") String organisation,
            @QueryParam("text") String text,
            @QueryParam("status") EventStatus status,
            @QueryParam("series") String series,
            @QueryParam("body") String body,
            @QueryParam("meeting") Boolean meeting,
            @QueryParam("sort") String sort,
            @QueryParam("first") int first,
            @QueryParam("after") String after);

    @GET
    @Path("/{id}")
    EventData get(@PathParam("id") String id);

    @GET
    @Path("/{id}/history")
    List<Change> history(@PathParam("id") String id);

    /** The known events among {@code ids} (comma-separated, at most 500), in the order asked. */
    @GET
    @Path("/batch")
    List<EventData> batch(@QueryParam("ids") String ids);

    /** Every state asked (comma-separated, at most 500) with the events it hosted or is related to, by start date. */
    @GET
    @Path("/by-state/batch")
    Map<String, List<EventData>> byStates(@QueryParam("states") String states);

    /** Every treaty asked (comma-separated, at most 500) with its related events, by start date. */
    @GET
    @Path("/by-treaty/batch")
    Map<String, List<EventData>> byTreaties(@QueryParam("treaties") String treaties);

    /** Every parent asked (comma-separated, at most 500) with its children, by start date. */
    @GET
    @Path("/children/batch")
    Map<String, List<EventData>> children(@QueryParam("parents") String parents);

    /** Full-text matches, best first. */
    @GET
    @Path("/search")
    List<EventMatch> search(@QueryParam("text") String text, @QueryParam("limit") int limit);

    @POST
    EventData schedule(ScheduleEventInput input);

    @PUT
    @Path("/{id}")
    EventData update(@PathParam("id") String id, UpdateEventInput input);

    @POST
    @Path("/{id}/cancel")
    EventData cancel(@PathParam("id") String id);

    @POST
    @Path("/{id}/participants")
    EventData.Participant addParticipant(@PathParam("id") String id, ParticipantInput input);
}
