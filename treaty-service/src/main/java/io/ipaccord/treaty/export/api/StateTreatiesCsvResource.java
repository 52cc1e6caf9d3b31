package io.ipaccord.treaty.export.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.treaty.common.AsOf;
import io.ipaccord.treaty.export.ExportFormat;
import io.ipaccord.treaty.export.StateTreatiesExport;
import io.ipaccord.treaty.partytable.PartyTableWriter;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The CSV form of {@code GET /states/{state}/treaties}, chosen by {@code Accept: text/csv}; the JSON form stays the
 * membership resource's. JAX-RS matches a path and a media type to one method, so this is a second method on the
 * same path, in a class with the same class path ({@code /}) so that both are candidates. {@code .../treaties.csv}
 * answers the same CSV whatever the request accepts: a link a browser or a spreadsheet can open as it is.
 */
@Path("/")
@Tag(name = "Exports")
public class StateTreatiesCsvResource {

    @Inject StateTreatiesExport export;

    @GET
    @Path("states/{state}/treaties")
    @Produces(PartyTableWriter.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = "A party's treaties as of a date, as CSV (Accept: text/csv)",
            description = "The standings of the JSON form, in its order, with each treaty's short name and the authoritative, "
                    + "recorded and computed dates; an attachment named <party>-treaties-<asOf>.csv; 404 only for a code never heard of.")
    public Response csv(@PathParam("state") @Pattern(regexp = Identifiers.PARTY_CODE, message = Identifiers.PARTY_CODE_MESSAGE) String state,
            @QueryParam("asOf") String asOf) {
        return answer(state, asOf);
    }

    @GET
    @Path("states/{state}/treaties.csv")
    @Produces(PartyTableWriter.MEDIA_TYPE)
    @Operation(summary = "A party's treaties as of a date, as CSV, whatever the request accepts",
            description = "The same as GET /states/{state}/treaties with Accept: text/csv; the link the GraphQL field treatiesCsv gives.")
    public Response csvFile(@PathParam("state") @Pattern(regexp = Identifiers.PARTY_CODE, message = Identifiers.PARTY_CODE_MESSAGE) String state,
            @QueryParam("asOf") String asOf) {
        return answer(state, asOf);
    }

    private Response answer(String state, String asOf) {
        LocalDate date = AsOf.parse(asOf);
        return Response.ok(export.csv(state, date), ExportFormat.CSV.mediaType())
                .header("Content-Disposition", ExportFormat.CSV.contentDisposition(state, "treaties", date))
                .build();
    }
}
