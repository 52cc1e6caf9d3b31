package io.ipaccord.event.attendance;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.security.Roles;
import io.ipaccord.event.events.EventParts;
import io.ipaccord.event.events.PartList;
import io.ipaccord.event.events.AttendanceInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import io.ipaccord.platform.rest.Created;

@Path("/events/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class AttendanceResource {

    @Inject EventParts parts;

    @GET
    public List<EventData.Attendance> list(
            @PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id) {
        return parts.list(PartList.ATTENDANCE, id);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(summary = "Add an attendance figure with its source", description = "Figures of other sources are kept, never overwritten.")
    public Response add(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id,
            @Valid @NotNull AttendanceInput input, UriInfo uri) {
        EventData.Attendance figure = parts.add(PartList.ATTENDANCE, id, input);
        return Created.at(uri, figure.id(), figure);
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{figureId}")
    public void remove(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id,
            @PathParam("figureId") long figureId) {
        parts.remove(PartList.ATTENDANCE, id, figureId);
    }
}
