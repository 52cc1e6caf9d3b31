package io.ipaccord.treaty.consistency;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.contracts.treaty.api.ConsistencyReport;
import io.ipaccord.treaty.common.AsOf;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /treaties/{code}/consistency}: one treaty's computed dates against the recorded ones. The class path is
 * {@code /treaties}, like the treaty resource's, so that the request is matched among the methods of every class there.
 */
@Path("/treaties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consistency")
public class TreatyConsistencyResource {

    @Inject ConsistencyService service;

    @GET
    @Path("/{code}/consistency")
    @Operation(summary = "A treaty's computed dates against the depositary's recorded ones, as of a date",
            description = "Counts (parties with an instrument, compared, agreeing, agreement, parties per discrepancy "
                    + "reason) and every reason with the parties behind it. asOf defaults to today (UTC); 404 for an unknown treaty.")
    public ConsistencyReport ofTreaty(
            @PathParam("code") @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String code,
            @QueryParam("asOf") String asOf) {
        return service.ofTreaty(code, AsOf.parse(asOf));
    }

}
