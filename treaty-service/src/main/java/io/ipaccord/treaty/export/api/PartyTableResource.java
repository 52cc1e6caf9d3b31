package io.ipaccord.treaty.export.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.treaty.common.AsOf;
import io.ipaccord.treaty.export.ExportFormat;
import io.ipaccord.treaty.export.PartyTableExport;
import io.ipaccord.treaty.partytable.PartyTableWriter;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A treaty's contracting-parties table as of a date, as CSV in the depositary's format (what the import reads) or
 * as JSON with each party's standing. The class path is the import's ({@code PartyTableImportResource}, PUT), with
 * the same parameter name, so that JAX-RS matches the methods of both classes together.
 */
@Path("/treaties/{code}/party-table")
@Tag(name = "Exports")
public class PartyTableResource {

    @Inject PartyTableExport export;

    @GET
    @Produces({ PartyTableWriter.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "A treaty's party table as of a date, as CSV or JSON",
            description = "One row per party with a signature or a binding instrument deposited on or before asOf (the treaty's "
                    + "as a whole, else the first under an Act, as the import matches rows), by party name. CSV: the columns of the depositary's tables (the import's format; entry_into_force_date is "
                    + "the recorded date). JSON: the same facts with the standing and the authoritative, recorded and computed "
                    + "dates. format=csv|json, else Accept; CSV by default. An attachment named <code>-parties-<asOf>.csv|json.")
    public Response partyTable(
            @PathParam("code") @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String code,
            @QueryParam("asOf") String asOf, @QueryParam("format") String format, @Context HttpHeaders headers) {
        ExportFormat chosen = ExportFormat.choose(format, headers);
        LocalDate date = AsOf.parse(asOf);
        var entries = export.entries(code, date);
        Object body = chosen == ExportFormat.CSV ? PartyTableWriter.write(entries) : entries;
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", chosen.contentDisposition(code, "parties", date))
                .build();
    }
}
