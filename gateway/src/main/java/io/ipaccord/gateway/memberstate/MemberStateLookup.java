package io.ipaccord.gateway.memberstate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.graphql.BatchLookup;
import io.ipaccord.gateway.graphql.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Member states from member-service: by code in bulk, the helper behind batched {@code @Source List<...>}
 * resolvers, so a GraphQL query costs one member-service call per level, not one per item. A treaty's parties, for
 * instance:
 *
 * <pre>{@code
 * public List<MemberState> state(@Source List<Membership> memberships) {
 *     return lookup.byCodes(memberships.stream().map(Membership::stateCode).toList());
 * }
 * }</pre>
 */
@ApplicationScoped
public class MemberStateLookup {

    private static final Pattern ALPHA_2 = Pattern.compile(Identifiers.STATE_CODE);

    @Inject Backend<MemberStateClient> memberService;
    @Inject MemberStateCache cache;

    /**
     * The state of each code, position for position: {@code result.get(i)} belongs to {@code codes.get(i)} and is
     * null where the code is null or unknown (or no ISO 3166-1 alpha-2 code at all). States in the
     * {@link MemberStateCache} cost nothing; member-service is asked for the others, once per
     * {@value MemberStateClient#MAX_PAGE} distinct codes.
     */
    public List<MemberState> byCodes(List<String> codes) {
        List<String> wanted = codes.stream().map(MemberStateLookup::alpha2).toList();
        long generation = cache.generation();
        Map<String, MemberState> cached = cache.find(wanted);
        List<String> missing = wanted.stream().map(code -> cached.containsKey(code) ? null : code).toList();
        List<MemberState> read = alignNormalized(missing, chunk -> memberService.read("batch",
                client -> client.batch(Backend.batch(chunk, MemberStateClient.MAX_PAGE))));
        cache.store(read, generation);
        List<MemberState> states = new ArrayList<>(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            MemberState hit = cached.get(wanted.get(i));
            states.add(hit != null ? hit : read.get(i));
        }
        return states;
    }

    /** The state with this code, null when there is none. */
    public MemberState byCode(String code) {
        return byCodes(Collections.singletonList(code)).get(0);
    }

    /** Full-text matches over names and codes, best first. */
    public List<MemberStateMatch> search(String text, int limit) {
        return memberService.read("search", client -> client.search(text, limit));
    }

    /** Whether a normalised code is an ISO 3166-1 alpha-2 code, as member-service requires of a state's. */
    static boolean isStateCode(String normalized) {
        return normalized != null && ALPHA_2.matcher(normalized).matches();
    }

    /** The code normalised, or null when it is no ISO 3166-1 alpha-2 code: no state has one, no need to ask. */
    private static String alpha2(String code) {
        String normalized = Codes.normalize(code);
        return isStateCode(normalized) ? normalized : null;
    }

    static List<MemberState> align(List<String> codes, Function<List<String>, List<MemberStateData>> fetch) {
        return alignNormalized(codes.stream().map(MemberStateLookup::alpha2).toList(), fetch);
    }

    /** {@link #align} for codes already passed through {@link #alpha2}. */
    private static List<MemberState> alignNormalized(List<String> normalized,
                                                     Function<List<String>, List<MemberStateData>> fetch) {
        return BatchLookup.align(normalized, MemberStateClient.MAX_PAGE, chunk -> {
            Map<String, MemberState> found = new HashMap<>();
            fetch.apply(List.copyOf(chunk)).forEach(data -> found.put(data.code(), MemberState.from(data)));
            return found;
        });
    }
}
