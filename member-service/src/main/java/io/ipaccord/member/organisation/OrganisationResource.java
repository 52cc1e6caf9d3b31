package io.ipaccord.member.organisation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.audit.Change;
import io.ipaccord.contracts.security.Roles;
import io.ipaccord.platform.audit.ChangeHistory;
import io.ipaccord.platform.rest.Created;
import io.ipaccord.platform.rest.QueryParams;
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

@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

    private static final String CODE = Identifiers.PARTY_CODE;
    static final String CODE_MESSAGE = "must be a WIPO Standard ST.3 code (two capital letters, e.g. EU, OA)";

    @Inject OrganisationService service;
    @Inject ChangeHistory history;

    @GET
    @Operation(summary = "Intergovernmental organisations that can be contracting parties",
            description = "Every organisation by code; with codes=EU,OA only those, known ones in the order asked (unknown codes are left out).")
    public List<OrganisationData> list(@QueryParam("codes") String codes) {
        if (codes == null) {
            return service.all();
        }
        return service.batch(QueryParams.codes("codes", codes, CODE, CODE_MESSAGE, OrganisationService.MAX_BATCH));
    }

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search over names, short names and codes", description = "Every word must start a word of the name or short name, or be the code; best matches first.")
    public List<OrganisationHit> search(@QueryParam("text") @NotBlank @Size(max = 200) String text,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return service.search(text, limit);
    }

    @GET
    @Path("/{code}")
    public OrganisationData get(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return service.get(code);
    }

    @GET
    @Path("/{code}/history")
    @Operation(summary = "Every change of an organisation, oldest first",
            description = "When, who (the writer's token subject; seed for the seed data) and the event published.")
    public List<Change> history(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return ChangeHistory.orNotFound(history.of(List.of(Topics.ORGANISATIONS), code), "organisation " + code);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(summary = "Register an organisation", description = "Its code must be free: neither an organisation's nor a member state's.")
    public Response register(@Valid @NotNull OrganisationInput input, UriInfo uri) {
        OrganisationData created = service.register(input);
        return Created.at(uri, created.code(), created);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{code}")
    @Operation(summary = "Replace an organisation's facts")
    public OrganisationData update(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @Valid @NotNull OrganisationChange change) {
        return service.update(code, change);
    }
}
