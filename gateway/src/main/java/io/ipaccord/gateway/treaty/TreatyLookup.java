package io.ipaccord.gateway.treaty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.graphql.BatchLookup;
import io.ipaccord.gateway.graphql.DatedKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Treaties from treaty-service. By code as of a date, in bulk: one treaty-service call per date (and 200 codes) a
 * query level asks.
 */
@ApplicationScoped
public class TreatyLookup {

    @Inject Backend<TreatyServiceClient> treatyService;

    /** The treaty of each key, position for position; null where the code is null or unknown. */
    public List<Treaty> byKeys(List<DatedKey> keys) {
        return align(keys, (codes, asOf) -> treatyService.read("treatiesBatch",
                client -> client.treatiesBatch(Backend.batch(codes, TreatyServiceClient.MAX_BATCH), asOf)));
    }

    /** Full-text matches over codes and names, best first, each treaty as of {@code asOf}. */
    public List<TreatyMatch> search(String text, int limit, LocalDate asOf) {
        return treatyService.read("search", client -> client.search(text, limit, asOf));
    }

    static List<Treaty> align(List<DatedKey> keys, BiFunction<List<String>, LocalDate, List<TreatyData>> batch) {
        return BatchLookup.alignByArgument(keys, DatedKey::asOf, DatedKey::code, TreatyServiceClient.MAX_BATCH,
                (asOf, codes) -> {
                    Map<String, Treaty> found = new HashMap<>();
                    batch.apply(codes, asOf).forEach(data -> found.put(data.code(), Treaty.from(data)));
                    return found;
                });
    }
}
