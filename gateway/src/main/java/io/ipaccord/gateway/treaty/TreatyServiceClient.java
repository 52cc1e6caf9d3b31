package io.ipaccord.gateway.treaty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.TreatyCategory;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.gateway.backend.BackendException;
import io.ipaccord.gateway.instrument.InstrumentInput;
import io.ipaccord.gateway.membership.MembershipData;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * treaty-service's REST API. Base URL: {@code quarkus.rest-client.treaty-service.url}. Call it through
 * {@code Backend<TreatyServiceClient>}, which adds fault tolerance and turns failures into GraphQL errors. A null
 * {@code asOf} is left out: treaty-service then computes as of today.
 */
@RegisterRestClient(configKey = TreatyServiceClient.SERVICE)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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

    /** Every state asked (comma-separated, at most 200) with its standings, an empty list when it has none. */
    @GET
    @Path("memberships/batch")
    Map<String, List<MembershipData>> membershipsOfStates(@QueryParam("states") String states,
            @QueryParam("asOf") LocalDate asOf);

    /** The known treaties asked (comma-separated, at most 200) with their parties. */
    @GET
    @Path("memberships/by-treaty/batch")
    Map<String, List<MembershipData>> membershipsOfTreaties(@QueryParam("treaties") String treaties,
            @QueryParam("asOf") LocalDate asOf);

    /** By treaty and/or state, ordered by deposit date then id; withdrawn ones flagged. */
    @GET
    @Path("instruments")
    List<InstrumentData> instruments(@QueryParam("treaty") String treaty, @QueryParam("state") String state);

    /** The instrument's fields plus {@code determinations}. */
    @POST
    @Path("instruments")
    JsonNode deposit(InstrumentInput input);

    @PUT
    @Path("instruments/{id}")
    JsonNode correct(@PathParam("id") long id, InstrumentInput input);

    @DELETE
    @Path("instruments/{id}")
    JsonNode withdraw(@PathParam("id") long id);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return BackendException.from(SERVICE, response);
    }
}
