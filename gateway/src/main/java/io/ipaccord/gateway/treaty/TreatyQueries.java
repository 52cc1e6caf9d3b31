package io.ipaccord.gateway.treaty;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.graphql.ArgumentBatch;
import io.ipaccord.gateway.graphql.Codes;
import io.ipaccord.gateway.graphql.DatedKey;
import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;

/** Treaties: queries forwarded to treaty-service, and a treaty's status on other dates; nullable where they reach it. */
@GraphQLApi
public class TreatyQueries {

    @Inject Backend<TreatyServiceClient> treatyService;
    @Inject TreatyLookup lookup;
    @Inject Context context;

    @Query("treaties")
    @Description("Treaties matching a filter as of a date (default today), by code. At most 31 (query cost).")
    public List<Treaty> treaties(TreatyFilter filter,
            @Description("The date status, entry into force, parties and the filter are computed for; default today.")
            LocalDate asOf) {
        TreatyFilter f = filter == null ? new TreatyFilter(null, null, null) : filter;
        String party = Codes.normalize(f.party());
        return treatyService.read("treaties", client -> client.treaties(f.category(), f.status(), party, asOf))
                .stream().map(Treaty::from).toList();
    }

    @Query("treaty")
    @Description("The treaty with this code (e.g. BEIJING), or null if there is none.")
    public Treaty treaty(@Id @NonNull String code,
            @Description("The date the treaty's status, entry into force and parties default to; default today.")
            LocalDate asOf) {
        String wanted = Codes.normalize(code);
        if (wanted == null) {
            return null;
        }
        try {
            return Treaty.from(treatyService.read("treaty", client -> client.treaty(wanted, asOf)));
        } catch (NotFoundException unknown) {
            return null;
        }
    }

    @Description("The treaty's status as of asOf (default: the treaty's asOf). Treaties asked for other dates on one"
            + " level cost one treaty-service call per date.")
    public CompletionStage<TreatyStatus> status(@Source Treaty treaty, LocalDate asOf) {
        if (asOf == null || asOf.equals(treaty.asOf())) {
            return CompletableFuture.completedFuture(treaty.statusAsOf());
        }
        return ArgumentBatch.load(context, "Treaty.status", new DatedKey(treaty.code(), asOf), lookup::byKeys)
                .thenApply(other -> other == null ? null : other.statusAsOf());
    }
}
