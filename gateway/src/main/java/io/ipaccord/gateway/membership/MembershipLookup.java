package io.ipaccord.gateway.membership;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.ipaccord.gateway.graphql.BatchLookup;
import io.ipaccord.gateway.graphql.DatedKey;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.treaty.TreatyServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Standings in bulk, by state ({@code MemberState.treaties}) or by treaty ({@code Treaty.parties}): one
 * treaty-service call per date (and 200 codes) a query level asks.
 */
@ApplicationScoped
public class MembershipLookup {

    @Inject Backend<MembershipClient> treatyService;

    /** Each state's standings as of its key's date, position for position (empty when it has none). */
    public List<List<Membership>> ofStates(List<DatedKey> states) {
        return align(states, (codes, asOf) -> treatyService.read("membershipsOfStates",
                client -> client.membershipsOfStates(Backend.batch(codes, TreatyServiceClient.MAX_BATCH), asOf)));
    }

    /** Each treaty's parties as of its key's date, position for position; null for an unknown treaty. */
    public List<List<Membership>> ofTreaties(List<DatedKey> treaties) {
        return align(treaties, (codes, asOf) -> treatyService.read("membershipsOfTreaties",
                client -> client.membershipsOfTreaties(Backend.batch(codes, TreatyServiceClient.MAX_BATCH), asOf)));
    }

    static List<List<Membership>> align(List<DatedKey> keys,
            BiFunction<List<String>, LocalDate, Map<String, List<io.ipaccord.contracts.treaty.api.Membership>>> batch) {
        return BatchLookup.alignByArgument(keys, DatedKey::asOf, DatedKey::code, TreatyServiceClient.MAX_BATCH,
                (asOf, codes) -> {
                    Map<String, List<Membership>> found = new HashMap<>();
                    batch.apply(codes, asOf).forEach((code, list) -> found.put(code,
                            list.stream().map(data -> Membership.from(data, asOf)).toList()));
                    return found;
                });
    }
}
