package io.ipaccord.gateway.consistency;

import java.time.LocalDate;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.ipaccord.contracts.treaty.api.ConsistencyReport;
import io.ipaccord.contracts.treaty.api.ImportResult;
import io.ipaccord.gateway.treaty.TreatyServiceClient;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * treaty-service's REST API for recorded vs computed dates and party-table imports (same service and config key as
 * {@link TreatyServiceClient}). Call it through {@code Backend<ConsistencyClient>}.
 */
@RegisterRestClient(configKey = TreatyServiceClient.SERVICE)
@Path("/")
public interface ConsistencyClient {

    /** The media type of a contracting-parties table. */
    String CSV = "text/csv";

    @GET
    @Path("treaties/{code}/consistency")
    ConsistencyReport ofTreaty(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf);

    @GET
    @Path("consistency")
    ConsistencyReport overall(@QueryParam("asOf") LocalDate asOf);

    /** Brings the treaty in line with the table; 400 with the problems (line, column, reason) when it refuses it. */
    @PUT
    @Path("treaties/{code}/party-table")
    @Consumes(CSV)
    ImportResult importPartyTable(@PathParam("code") String code, String csv);
}
