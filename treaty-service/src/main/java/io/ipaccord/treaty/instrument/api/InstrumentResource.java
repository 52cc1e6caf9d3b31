package io.ipaccord.treaty.instrument.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.security.Roles;
import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.api.InstrumentInput;
import io.ipaccord.contracts.treaty.api.InstrumentReceipt;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.platform.rest.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import io.ipaccord.platform.rest.QueryParams;
import io.ipaccord.contracts.Identifiers;

@Path("/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments")
public class InstrumentResource {

    @Inject InstrumentService service;

    @GET
    @Operation(summary = "List instruments by treaty and/or state", description = "Withdrawn ones flagged; ordered by deposit date, then id.")
    public List<InstrumentData> list(@QueryParam("treaty") String treaty, @QueryParam("state") String state) {
        return service.list(QueryParams.code("treaty", treaty, Identifiers.TREATY_CODE, Identifiers.TREATY_CODE_MESSAGE),
                QueryParams.code("state", state, Identifiers.PARTY_CODE, Identifiers.PARTY_CODE_MESSAGE));
    }

    @GET
    @Path("/{id}")
    public InstrumentData get(@PathParam("id") long id) {
        return service.get(id);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(summary = "Deposit an instrument",
            description = "Answers the instrument and what it determines (the treaty's entry into force, the dates states are bound from).")
    public Response deposit(@Valid @NotNull InstrumentInput input, UriInfo uri) {
        InstrumentReceipt receipt = service.deposit(input, Origin.API);
        return Created.at(uri, receipt.instrument().id(), receipt);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Operation(summary = "Correct an instrument (not move it to another treaty)")
    public InstrumentReceipt correct(@PathParam("id") long id, @Valid @NotNull InstrumentInput input) {
        return service.correct(id, input);
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw an instrument recorded in error", description = "It is kept, flagged withdrawn, and no longer counts.")
    public InstrumentReceipt withdraw(@PathParam("id") long id) {
        return service.withdraw(id);
    }
}
