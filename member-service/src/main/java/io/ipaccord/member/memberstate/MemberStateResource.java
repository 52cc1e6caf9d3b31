package io.ipaccord.member.memberstate;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.WipoBody;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.audit.Change;
import io.ipaccord.contracts.security.Roles;
import io.ipaccord.platform.audit.ChangeHistory;
import io.ipaccord.platform.rest.QueryParams;
import io.ipaccord.platform.rest.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

@Path("/member-states")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Member states")
public class MemberStateResource {

    private static final String CODE = Identifiers.STATE_CODE;
    private static final String CODE_MESSAGE = Identifiers.STATE_CODE_MESSAGE;

    @Inject MemberStateService service;
    @Inject ChangeHistory history;

    @GET
    @Operation(summary = "List member states", description = "Filters combine with AND; sort by name (default), code or memberSince, '-' for descending.")
    public MemberStatePage list(@QueryParam("nameContains") String nameContains,
            @QueryParam("memberSinceFrom") String memberSinceFrom,
            @QueryParam("memberSinceTo") String memberSinceTo,
            @QueryParam("body") String body,
            @QueryParam("sort") String sort,
            @QueryParam("first") @DefaultValue("50") @Min(1) @Max(MemberStateService.MAX_PAGE) int first,
            @QueryParam("after") String after) {
        MemberStateFilter filter = new MemberStateFilter(nameContains, QueryParams.date("memberSinceFrom", memberSinceFrom),
                QueryParams.date("memberSinceTo", memberSinceTo), QueryParams.enumValue("body", body, WipoBody.class));
        return service.list(filter, sort, first, after);
    }

    @GET
    @Path("/batch")
    @Operation(summary = "Many member states in one call", description = "Known states in the order asked; unknown codes are left out.")
    public List<MemberStateData> batch(@QueryParam("codes") String codes) {
        return service.batch(QueryParams.codes("codes", codes, CODE, CODE_MESSAGE, MemberStateService.MAX_PAGE));
    }

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search over names and codes", description = "Every word must start a word of the name or be a code; best matches first.")
    public List<MemberStateHit> search(@QueryParam("text") @NotBlank @Size(max = 200) String text,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return service.search(text, limit);
    }

    @GET
    @Path("/{code}")
    public MemberStateData get(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return service.get(code);
    }

    @GET
    @Path("/{code}/history")
    @Operation(summary = "Every change of a member state, oldest first",
            description = "When, who (the writer's token subject; seed for the seed data) and the event published; also after a removal.")
    public List<Change> history(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return ChangeHistory.orNotFound(history.of(List.of(Topics.MEMBER_STATES), code), "member state " + code);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(summary = "Register a member state")
    public Response register(@Valid @NotNull MemberStateInput input, UriInfo uri) {
        MemberStateData created = service.register(input);
        return Created.at(uri, created.code(), created);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{code}")
    @Operation(summary = "Replace a member state's facts (not its seats)")
    public MemberStateData update(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @Valid @NotNull MemberStateChange change) {
        return service.update(code, change);
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{code}")
    @Operation(summary = "Remove a member state and its seats")
    public void remove(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        service.remove(code);
    }

    @GET
    @Path("/{code}/seats")
    public List<MemberStateData.Seat> seats(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return service.seats(code);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Path("/{code}/seats")
    @Operation(summary = "Give a member state a seat on a WIPO body")
    public Response addSeat(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @Valid @NotNull SeatInput input, UriInfo uri) {
        MemberStateData.Seat seat = service.addSeat(code, input);
        return Created.at(uri, seat.id(), seat);
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{code}/seats/{id}")
    public void removeSeat(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @PathParam("id") long id) {
        service.removeSeat(code, id);
    }
}
