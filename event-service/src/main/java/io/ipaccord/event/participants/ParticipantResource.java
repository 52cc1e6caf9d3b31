package io.ipaccord.event.participants;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.security.Roles;
import io.ipaccord.event.events.EventParts;
import io.ipaccord.event.events.PartList;
import io.ipaccord.event.events.ParticipantInput;
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

@Path("/events/{id}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class ParticipantResource {

    @Inject EventParts parts;

    @GET
    public List<EventData.Participant> list(
            @PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id) {
        return parts.list(PartList.PARTICIPANTS, id);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(summary = "Add an organisation or a person to an event")
    public Response add(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id,
            @Valid @NotNull ParticipantInput input, UriInfo uri) {
        EventData.Participant participant = parts.add(PartList.PARTICIPANTS, id, input);
        return Created.at(uri, participant.id(), participant);
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{participantId}")
    public void remove(@PathParam("id") @Pattern(regexp = Identifiers.EVENT_ID, message = Identifiers.EVENT_ID_MESSAGE) String id,
            @PathParam("participantId") long participantId) {
        parts.remove(PartList.PARTICIPANTS, id, participantId);
    }
}
