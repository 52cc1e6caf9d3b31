package io.ipaccord.event.events;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.audit.Change;
import io.ipaccord.contracts.security.Roles;
import io.ipaccord.platform.audit.ChangeHistory;
import io.ipaccord.platform.rest.QueryParams;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.replica.Origin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.ipaccord.contracts.Identifiers;
import io.ipaccord.platform.rest.Created;

@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    @Inject EventQueries queries;
    @Inject ChangeHistory history;
    @Inject EventWrites writes;

    @GET
    @Operation(summary = "List events", description = "Filters combine with AND; from/to select events overlapping the range; "
            + "state matches the host or a related state; body: the meetings of a WIPO body (e.g. SCCR); meeting=true: "
            + "WIPO meetings only; sort by startDate (default) or title, '-' for descending.")
    public EventPage list(@QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("host") String host,
            @QueryParam("treaty") String treaty,
            @QueryParam("state") String state,
            @QueryParam("organisation") String organisation,
            @QueryParam("text") String text,
            @QueryParam("status") String status,
            @QueryParam("series") String series,
            @QueryParam("body") String body,
            @QueryParam("meeting") String meeting,
            @QueryParam("sort") String sort,
            @QueryParam("first") @DefaultValue("50") @Min(1) @Max(EventQueries.MAX_PAGE) int first,
            @QueryParam("after") String after) {
        EventFilter filter = EventFilter.parse(type, from, to, host, treaty, state, organisation, text, status, series, body, meeting);
        return queries.list(filter, sort, first, after);
    }

    @GET
    @Path("/batch")
    @Operation(summary = "Many events in one call", description = "Known events in the order asked; unknown ids are left out.")
    public List<EventData> batch(@QueryParam("ids") String ids) {
        return queries.batch(QueryParams.codes("ids", ids, Identifiers.EVENT_ID, Identifiers.EVENT_ID_MESSAGE, EventQueries.MAX_PAGE));
    }

    @GET
    @Path("/by-state/batch")
    @Operation(summary = "Events of many states in one call",
            description = "For each state asked, the events it hosted or is related to, by start date; [] when none.")
    public Map<String, List<EventData>> byStates(@QueryParam("states") String states) {
        return queries.byStates(QueryParams.codes("states", states, Identifiers.STATE_CODE, Identifiers.STATE_CODE_MESSAGE, EventQueries.MAX_PAGE));
    }

    @GET
    @Path("/by-treaty/batch")
    @Operation(summary = "Events of many treaties in one call", description = "For each treaty asked, its related events by start date.")
    public Map<String, List<EventData>> byTreaties(@QueryParam("treaties") String treaties) {
        return queries.byTreaties(QueryParams.codes("treaties", treaties, Identifiers.TREATY_CODE, Identifiers.TREATY_CODE_MESSAGE, EventQueries.MAX_PAGE));
    }

    @GET
    @Path("/children/batch")
    @Operation(summary = "Children of many events in one call", description = "For each parent asked, its children by start date.")
    public Map<String, List<EventData>> children(@QueryParam("parents") String parents) {
        return queries.children(QueryParams.codes("parents", parents, Identifiers.EVENT_ID, Identifiers.EVENT_ID_MESSAGE, EventQueries.MAX_PAGE));
    }

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search", description = "PostgreSQL full-text search (English) over title, summary, places, "
            + "organisers, participants and related codes; web-search syntax (\"quoted phrase\", or, -word); best match first.")
    public List<SearchHit> search(@QueryParam("text") String text,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(EventQueries.MAX_SEARCH) int limit) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("text", "must not be blank");
        }
        if (text.length() > 500) {
            throw ProblemException.invalid("text", "at most 500 characters");
        }
        return queries.search(text.trim(), limit);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change of an event, oldest first",
            description = "When, who (the writer's token subject; seed for the seed data) and the event published; also after a removal.")
    public List<Change> history(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id) {
        return ChangeHistory.orNotFound(history.of(List.of(Topics.EVENTS), id), "event " + id);
    }

    @GET
    @Path("/{id}")
    public EventData get(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id) {
        return queries.get(id);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(summary = "Schedule (or record) an event", description = "The id is generated ('EV-' + UUID) when absent. "
            + "hostCountry, relatedStates and relatedTreaties must be known from the member-state and treaty topics, parentId an event.")
    public Response schedule(@Valid @NotNull EventInput input, UriInfo uri) {
        EventData created = writes.schedule(input, Origin.API);
        return Created.at(uri, created.id(), created);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an event's facts", description = "Participants and attendance figures are kept; status null keeps it.")
    public EventData update(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id,
            @Valid @NotNull EventChange change) {
        return writes.update(id, change);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel an event", description = "No request body.")
    public EventData cancel(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id) {
        return writes.cancel(id);
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an event", description = "Refused while it has children.")
    public void remove(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id) {
        writes.remove(id);
    }
}
