package io.ipaccord.gateway.organisation;

import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.ipaccord.contracts.audit.Change;
import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.gateway.memberstate.MemberStateClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * member-service's REST API for organisations (same service and config key as {@link MemberStateClient}). Call it
 * through {@code Backend<OrganisationClient>}, which adds member-service's fault tolerance and turns failures into
 * GraphQL errors.
 */
@RegisterRestClient(configKey = MemberStateClient.SERVICE)
@Path("/organisations")
public interface OrganisationClient {

    /** Every organisation, by code. */
    @GET
    List<OrganisationData> list();

    /** The organisations with {@code codes} (comma-separated), position for position; null where unknown. */
    @GET
    List<OrganisationData> batch(@QueryParam("codes") String codes);

    /** Full-text matches over names, short names and codes, best first (at most 100). */
    @GET
    @Path("/search")
    List<OrganisationMatch> search(@QueryParam("text") String text, @QueryParam("limit") int limit);

    @GET
    @Path("/{code}")
    OrganisationData get(@PathParam("code") String code);

    @GET
    @Path("/{code}/history")
    List<Change> history(@PathParam("code") String code);
}
