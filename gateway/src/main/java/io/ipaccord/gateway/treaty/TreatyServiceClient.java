package io.ipaccord.gateway.treaty;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.ipaccord.contracts.audit.Change;
import io.ipaccord.contracts.treaty.TreatyCategory;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * treaty-service's REST API for treaties ({@code membership.MembershipClient} and {@code instrument.InstrumentClient}
 * are its other parts, under the same config key). Base URL: {@code quarkus.rest-client.treaty-service.url}. Call it through
 * {@code Backend<TreatyServiceClient>}, which adds fault tolerance and turns failures into GraphQL errors. A null
 * {@code asOf} is left out: treaty-service then computes as of today.
 */
@RegisterRestClient(configKey = TreatyServiceClient.SERVICE)
@Path("/")
public interface TreatyServiceClient {

    String SERVICE = "treaty-service";

    /** treaty-service's limit for the codes of one batch call. */
    int MAX_BATCH = 200;

    @GET
    @Path("treaties")
    List<TreatyData> treaties(@QueryParam("category") TreatyCategory category,
            @QueryParam("status") TreatyStatus status, @QueryParam("party") String party,
            @QueryParam("asOf") LocalDate asOf);

    /** The known treaties among {@code codes} (comma-separated, at most 200), in the order asked. */
    @GET
    @Path("treaties/batch")
    List<TreatyData> treatiesBatch(@QueryParam("codes") String codes, @QueryParam("asOf") LocalDate asOf);

    /** Full-text matches over codes and names, best first (at most 100), each treaty as of {@code asOf}. */
    @GET
    @Path("treaties/search")
    List<TreatyMatch> search(@QueryParam("text") String text, @QueryParam("limit") int limit,
            @QueryParam("asOf") LocalDate asOf);

    @GET
    @Path("treaties/{code}")
    TreatyData treaty(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf);

    @GET
    @Path("treaties/{code}/history")
    List<Change> history(@PathParam("code") String code);
}
