package io.ipaccord.treaty.treaty.api;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.audit.Change;
import io.ipaccord.contracts.security.Roles;
import io.ipaccord.platform.audit.ChangeHistory;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.TreatyCategory;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.treaty.instrument.api.InstrumentService;
import io.ipaccord.treaty.membership.MembershipService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.ipaccord.platform.rest.Created;
import io.ipaccord.platform.rest.QueryParams;
import io.ipaccord.contracts.Identifiers;
import io.ipaccord.treaty.common.AsOf;
import io.ipaccord.treaty.treaty.TreatyInput;

@Path("/treaties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Treaties")
public class TreatyResource {

    @Inject TreatyService service;
    @Inject ChangeHistory history;
    @Inject MembershipService memberships;
    @Inject InstrumentService instruments;

    @GET
    @Operation(summary = "List treaties with their status as of a date",
            description = "Filters combine with AND; status is computed as of asOf (default today); party lists the treaties that state is bound by as of asOf.")
    public List<TreatyData> list(@QueryParam("category") String category, @QueryParam("status") String status,
            @QueryParam("party") String party, @QueryParam("asOf") String asOf) {
        TreatyFilter filter = new TreatyFilter(QueryParams.enumValue("category", category, TreatyCategory.class),
                QueryParams.enumValue("status", status, TreatyStatus.class),
                QueryParams.code("party", party, Identifiers.PARTY_CODE, Identifiers.PARTY_CODE_MESSAGE));
        return service.list(filter, AsOf.parse(asOf));
    }

    @GET
    @Path("/batch")
    @Operation(summary = "Many treaties in one call", description = "Known treaties in the order asked (at most 200); unknown codes are left out.")
    public List<TreatyData> batch(@QueryParam("codes") String codes, @QueryParam("asOf") String asOf) {
        return service.batch(QueryParams.codes("codes", codes, Identifiers.TREATY_CODE, Identifiers.TREATY_CODE_MESSAGE,
                TreatyService.MAX_BATCH), AsOf.parse(asOf));
    }

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search over codes and names",
            description = "PostgreSQL full-text search: every word must start a word of the code, short name or official"
                    + " name; code and short name weigh most. Best matches first, each treaty as of asOf.")
    public List<TreatyHit> search(@QueryParam("text") @NotBlank @Size(max = 200) String text,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(TreatyService.MAX_SEARCH) int limit,
            @QueryParam("asOf") String asOf) {
        return service.search(text, limit, AsOf.parse(asOf));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A treaty with its rule, Acts and status as of a date")
    public TreatyData get(@PathParam("code") @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String code,
            @QueryParam("asOf") String asOf) {
        return service.get(code, AsOf.parse(asOf));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(summary = "Register a treaty with its Acts and entry-into-force rule")
    public Response register(@Valid @NotNull TreatyInput input, UriInfo uri) {
        TreatyData created = service.register(input);
        return Created.at(uri, created.code(), created);
    }

    @GET
    @Path("/{code}/history")
    @Operation(summary = "Every change of a treaty and of its instruments, oldest first",
            description = "The treaty's own events and its treaty actions (deposits, corrections, withdrawals, determinations):"
                    + " when, who (the writer's token subject; seed for the seed data) and the event published.")
    public List<Change> history(@PathParam("code") @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String code) {
        return ChangeHistory.orNotFound(history.of(List.of(Topics.TREATIES, Topics.TREATY_ACTIONS), code), "treaty " + code);
    }

    @GET
    @Path("/{code}/parties")
    @Operation(summary = "Every state with a standing in the treaty as of a date",
            description = "Signatories, contracting states not yet bound, bound and denounced; ordered by bound date, then state.")
    public List<Membership> parties(@PathParam("code") @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String code,
            @QueryParam("asOf") String asOf) {
        return memberships.parties(code, AsOf.parse(asOf));
    }

    @GET
    @Path("/{code}/instruments")
    @Operation(summary = "The treaty's instruments, withdrawn ones flagged", description = "Ordered by deposit date, then id.")
    public List<InstrumentData> instruments(@PathParam("code") @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String code) {
        return instruments.listForTreaty(code);
    }
}
