package io.ipaccord.treaty.standing;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /admin/standings/rebuild}: recompute the stored standings and say what differed. */
@Path("/admin/standings/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class StandingsRebuildResource {

    @Inject StandingsRebuild rebuild;

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Recompute every treaty's stored standings from its instruments",
            description = "Each treaty under its lock; answers how many treaties and intervals, and every interval that "
                    + "was stored and not computed (stored: true) or computed and not stored (stored: false), now replaced. "
                    + "There should be none: every write keeps the standings.")
    public StandingsRebuild.Report rebuild() {
        return rebuild.rebuild();
    }
}
