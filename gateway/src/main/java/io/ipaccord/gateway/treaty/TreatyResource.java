package io.ipaccord.gateway.treaty;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.graphql.ArgumentBatch;
import io.ipaccord.gateway.graphql.DatedKey;
import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;

/** Treaties: queries forwarded to treaty-service; fields that reach a backend are nullable. */
@GraphQLApi
public class TreatyResource {

    private final TreatyServiceBackend backend;
    private final TreatyLookup lookup;

    @Inject
    Context context;

    TreatyResource(TreatyServiceBackend backend, TreatyLookup lookup) {
        this.backend = backend;
        this.lookup = lookup;
    }

    @Query("treaties")
    @Description("Treaties matching a filter as of a date (default today), by code.")
    public List<Treaty> treaties(TreatyFilter filter,
            @Description("The date status, entry into force, parties and the filter are computed for; default today.")
            LocalDate asOf) {
        TreatyFilter f = filter == null ? null
                : new TreatyFilter(filter.category(), filter.status(), normalize(filter.party()));
        return backend.treaties(f, asOf).stream().map(Treaty::from).toList();
    }

    @Query("treaty")
    @Description("The treaty with this code (e.g. BEIJING), or null if there is none.")
    public Treaty treaty(@Id @NonNull String code,
            @Description("The date the treaty's status, entry into force and parties default to; default today.")
            LocalDate asOf) {
        try {
            return Treaty.from(backend.treaty(normalize(code), asOf));
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

    private static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
