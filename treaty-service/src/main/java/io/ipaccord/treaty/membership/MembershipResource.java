package io.ipaccord.treaty.membership;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.platform.rest.QueryParams;
import io.ipaccord.contracts.Identifiers;
import io.ipaccord.treaty.common.AsOf;
import io.ipaccord.treaty.evaluation.StoredStandingsJson;

/** Standings by state, and the batch endpoints the gateway resolves whole result levels with. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships")
public class MembershipResource {

    @Inject MembershipService service;
    @Inject StoredStandingsJson stored;

    @GET
    @Path("states/{state}/treaties")
    @Operation(summary = "A state's standing in every treaty as of a date",
            description = "Ordered by bound date, then treaty; 404 only for a state code never heard of.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Membership.class)))
    public StreamingOutput ofState(@PathParam("state") @Pattern(regexp = Identifiers.PARTY_CODE, message = Identifiers.PARTY_CODE_MESSAGE) String state,
            @QueryParam("asOf") String asOf) {
        LocalDate at = AsOf.parse(asOf);
        service.requireKnownParty(state);
        return stored.ofParty(state, at);
    }

    @GET
    @Path("memberships/batch")
    @Operation(summary = "Many states' standings in one call", description = "Every state asked (at most 200) is a key, with an empty list when it has no standing.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Membership[].class)))
    public StreamingOutput byStates(@QueryParam("states") String states, @QueryParam("asOf") String asOf) {
        List<String> codes = QueryParams.codes("states", states, Identifiers.PARTY_CODE, Identifiers.PARTY_CODE_MESSAGE,
                MembershipService.MAX_BATCH);
        return stored.byParties(codes, AsOf.parse(asOf));
    }

    @GET
    @Path("memberships/by-treaty/batch")
    @Operation(summary = "Many treaties' parties in one call", description = "Known treaties (at most 200) in the order asked; unknown codes are left out.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Membership[].class)))
    public StreamingOutput byTreaties(@QueryParam("treaties") String treaties, @QueryParam("asOf") String asOf) {
        List<String> codes = QueryParams.codes("treaties", treaties, Identifiers.TREATY_CODE, Identifiers.TREATY_CODE_MESSAGE,
                MembershipService.MAX_BATCH);
        LocalDate at = AsOf.parse(asOf);
        return stored.byTreaties(service.known(codes), at);
    }
}
