package io.ipaccord.gateway.search;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.ipaccord.gateway.error.ValidationException;
import io.ipaccord.gateway.graphql.Parallel;
import jakarta.inject.Inject;

/** The search query: one ranked list over member states, organisations, treaties and events. */
@GraphQLApi
public class SearchResource {

    static final int MAX_LIMIT = 100;
    static final int MAX_TEXT = 200;

    @Inject Search search;

    @Query("search")
    @Description("Member states, organisations, treaties and events matching the words, best first (PostgreSQL"
            + " full-text search in each service, merged by normalised rank, see SearchHit.rank); the host states of"
            + " matching events are included with matchedVia. Null with an UNAVAILABLE error when one of the three"
            + " services cannot answer.")
    public CompletionStage<List<@NonNull SearchHit>> search(@NonNull @Description("Words to look for, e.g. Beijing.") String text,
            @DefaultValue("20") @Description("Most hits, 1 to 100.") Integer limit) {
        String words = text.trim();
        if (words.isEmpty()) {
            throw ValidationException.of("text", "must not be blank");
        }
        if (words.length() > MAX_TEXT) {
            throw ValidationException.of("text", "at most " + MAX_TEXT + " characters");
        }
        int most = limit == null ? 20 : limit;
        if (most < 1 || most > MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return Parallel.offload(() -> search.of(words, most));
    }
}
