package io.ipaccord.gateway.instrument;

import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.api.InstrumentInput;
import io.ipaccord.contracts.treaty.api.InstrumentReceipt;
import io.ipaccord.gateway.treaty.TreatyServiceClient;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * treaty-service's REST API for instruments. Base URL: {@code quarkus.rest-client.treaty-service.url}. Call it through
 * {@code Backend<InstrumentClient>}, which adds treaty-service's fault tolerance and turns failures into GraphQL errors.
 */
@RegisterRestClient(configKey = TreatyServiceClient.SERVICE)
@Path("/")
public interface InstrumentClient {

    /** By treaty and/or state, ordered by deposit date then id; withdrawn ones flagged. */
    @GET
    @Path("instruments")
    List<InstrumentData> instruments(@QueryParam("treaty") String treaty, @QueryParam("state") String state);

    @POST
    @Path("instruments")
    InstrumentReceipt deposit(InstrumentInput input);

    @PUT
    @Path("instruments/{id}")
    InstrumentReceipt correct(@PathParam("id") long id, InstrumentInput input);

    @DELETE
    @Path("instruments/{id}")
    InstrumentReceipt withdraw(@PathParam("id") long id);
}
