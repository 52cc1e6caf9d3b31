package io.ipaccord.treaty.partyimport;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.contracts.security.Roles;
import io.ipaccord.contracts.treaty.api.ImportResult;
import io.ipaccord.platform.problem.Problem;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.treaty.partytable.PartyTableWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Imports a treaty's contracting-parties table. The class path is {@code /treaties}, like the treaty resource's, so
 * that the request is matched among the methods of every class there.
 */
@Path("/treaties")
@Tag(name = "Treaties")
public class PartyTableImportResource {

    @Inject PartyTableImport importer;

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{code}/party-table")
    @Consumes(PartyTableWriter.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bring a treaty in line with a contracting-parties table",
            description = "The body is a CSV table in the format of the depositary's tables (header treaty_code,"
                    + "party_name_source,iso2,party_kind,signature_date,instrument_type,instrument_date,"
                    + "entry_into_force_date,denunciation_date,termination_date,notes,source_url; one row per party). "
                    + "Adds the instruments the treaty lacks, corrects those whose table facts differ (version + 1, a "
                    + "corrected event), leaves equal ones alone: importing the same table twice publishes nothing the "
                    + "second time. A state is named by iso2 and must be a known member state; an organisation (party_kind "
                    + "igo) by party_name_source as the replica names it, e.g. 'European Union (EU)'. Any bad row refuses "
                    + "the whole file and nothing is written: 400 with one entry of errors per problem, each with line "
                    + "(the physical CSV line, 1 = the header), column and reason (bad header or treaty code, bad date, "
                    + "instrument type it cannot map, party listed twice, unknown party, a date before the treaty's adoption).")
    @RequestBody(content = @Content(mediaType = PartyTableWriter.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "What the import did, and the treaty's consistency summary as of today",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "The table is refused: errors[] lists every problem with line, column and reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such treaty")
    public ImportResult importTable(
            @PathParam("code") @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String code,
            String csv) {
        return importer.importTable(code, csv, Origin.API);
    }
}
