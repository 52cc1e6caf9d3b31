package io.ipaccord.treaty.consistency;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.treaty.api.ConsistencyReport;
import io.ipaccord.treaty.common.AsOf;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /consistency}: how the engine's computed entry-into-force dates compare with the depositary's recorded ones. */
@Path("/consistency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consistency")
public class ConsistencyResource {

    @Inject ConsistencyService service;

    @GET
    @Operation(summary = "Every treaty's computed dates against the depositary's recorded ones, as of a date",
            description = "The overall counts and reasons, and one summary per treaty (by code) with what its later-party "
                    + "clock runs from (DEPOSIT, NOTIFICATION, or null without a later-party rule). asOf defaults to today (UTC).")
    public ConsistencyReport overall(@QueryParam("asOf") String asOf) {
        return service.overall(AsOf.parse(asOf));
    }
}
