package io.ipaccord.gateway.memberstate;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.ipaccord.contracts.audit.Change;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.WipoBody;
import io.ipaccord.gateway.graphql.BackendPage;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * member-service's REST API. Base URL: {@code quarkus.rest-client.member-service.url}. Call it through
 * {@code Backend<MemberStateClient>}, which adds fault tolerance and turns failures into GraphQL errors.
 */
@RegisterRestClient(configKey = MemberStateClient.SERVICE)
@Path("/member-states")
public interface MemberStateClient {

    String SERVICE = "member-service";

    /** member-service's limit for page sizes and batch lookups. */
    int MAX_PAGE = 500;

    @GET
    BackendPage<MemberStateData> list(@QueryParam("nameContains") String nameContains,
            @QueryParam("memberSinceFrom") LocalDate memberSinceFrom,
            @QueryParam("memberSinceTo") LocalDate memberSinceTo,
            @QueryParam("body") WipoBody body,
            @QueryParam("sort") String sort,
            @QueryParam("first") int first,
            @QueryParam("after") String after);

    /** The known states among {@code codes} (comma-separated, at most 500), in the order asked. */
    @GET
    @Path("/batch")
    List<MemberStateData> batch(@QueryParam("codes") String codes);

    /** Full-text matches over names and codes, best first (at most 100). */
    @GET
    @Path("/search")
    List<MemberStateMatch> search(@QueryParam("text") String text, @QueryParam("limit") int limit);

    @GET
    @Path("/{code}")
    MemberStateData get(@PathParam("code") String code);

    @GET
    @Path("/{code}/history")
    List<Change> history(@PathParam("code") String code);

    @POST
    MemberStateData register(RegisterMemberStateInput input);

    @PUT
    @Path("/{code}")
    MemberStateData update(@PathParam("code") String code, UpdateMemberStateInput input);

    @DELETE
    @Path("/{code}")
    void remove(@PathParam("code") String code);

    @POST
    @Path("/{code}/seats")
    MemberStateData.Seat addSeat(@PathParam("code") String code, AddBodySeatInput input);

    @DELETE
    @Path("/{code}/seats/{id}")
    void removeSeat(@PathParam("code") String code, @PathParam("id") long id);
}
