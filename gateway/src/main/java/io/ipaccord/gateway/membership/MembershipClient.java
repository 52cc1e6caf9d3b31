package io.ipaccord.gateway.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.gateway.treaty.TreatyServiceClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * treaty-service's REST API for standings. Base URL: {@code quarkus.rest-client.treaty-service.url}. Call it through
 * {@code Backend<MembershipClient>}, which adds treaty-service's fault tolerance and turns failures into GraphQL errors.
 */
@RegisterRestClient(configKey = TreatyServiceClient.SERVICE)
@Path("/")
public interface MembershipClient {

    /** Every state asked (comma-separated, at most 200) with its standings, an empty list when it has none. */
    @GET
    @Path("memberships/batch")
    Map<String, List<Membership>> membershipsOfStates(@QueryParam("states") String states,
            @QueryParam("asOf") LocalDate asOf);

    /** The known treaties asked (comma-separated, at most 200) with their parties. */
    @GET
    @Path("memberships/by-treaty/batch")
    Map<String, List<Membership>> membershipsOfTreaties(@QueryParam("treaties") String treaties,
            @QueryParam("asOf") LocalDate asOf);
}
