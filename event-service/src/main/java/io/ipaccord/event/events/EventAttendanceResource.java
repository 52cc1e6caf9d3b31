package io.ipaccord.event.events;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.event.EventData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.ipaccord.contracts.Identifiers;

@Path("/events/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventAttendanceResource {

    private final EventService service;

    EventAttendanceResource(EventService service) {
        this.service = service;
    }

    @GET
    public List<EventData.Attendance> list(
            @PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id) {
        return service.attendance(id);
    }

    @POST
    @Operation(summary = "Add an attendance figure with its source", description = "Figures of other sources are kept, never overwritten.")
    public Response add(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id,
            @Valid @NotNull AttendanceInput input, UriInfo uri) {
        EventData.Attendance figure = service.addAttendance(id, input);
        URI location = uri.getBaseUriBuilder().path("events").path(id).path("attendance").path(String.valueOf(figure.id())).build();
        return Response.created(location).entity(figure).build();
    }

    @DELETE
    @Path("/{figureId}")
    public void remove(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id,
            @PathParam("figureId") long figureId) {
        service.removeAttendance(id, figureId);
    }
}
