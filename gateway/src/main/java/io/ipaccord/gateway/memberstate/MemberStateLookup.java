package io.ipaccord.gateway.memberstate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.ipaccord.contracts.memberstate.MemberStateData;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Member states by code, in bulk: the helper behind batched {@code @Source List<...>} resolvers, so a GraphQL
 * query costs one member-service call per level, not one per item. A treaty's parties, for instance:
 *
 * <pre>{@code
 * public List<MemberState> state(@Source List<Membership> memberships) {
 *     return lookup.byCodes(memberships.stream().map(Membership::stateCode).toList());
 * }
 * }</pre>
 */
@ApplicationScoped
public class MemberStateLookup {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    private final MemberStateBackend backend;

    MemberStateLookup(MemberStateBackend backend) {
        this.backend = backend;
    }

    /**
     * The state of each code, position for position: {@code result.get(i)} belongs to {@code codes.get(i)} and is
     * null where the code is null or unknown (or no ISO 3166-1 alpha-2 code at all). Asks member-service once per {@value MemberStateBackend#MAX_PAGE}
     * distinct codes.
     */
    public List<MemberState> byCodes(List<String> codes) {
        return align(codes, backend::batch);
    }

    static List<MemberState> align(List<String> codes, Function<List<String>, List<MemberStateData>> fetch) {
        List<String> distinct = new ArrayList<>(codes.stream()
                .filter(Objects::nonNull)
                .map(MemberStateLookup::normalize)
                .filter(code -> ALPHA_2.matcher(code).matches()) // no state has another code: no need to ask
                .collect(LinkedHashSet<String>::new, LinkedHashSet::add, LinkedHashSet::addAll));
        Map<String, MemberState> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += MemberStateBackend.MAX_PAGE) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + MemberStateBackend.MAX_PAGE));
            for (MemberStateData data : fetch.apply(List.copyOf(chunk))) {
                found.put(data.code(), MemberState.from(data));
            }
        }
        List<MemberState> aligned = new ArrayList<>(codes.size());
        for (String code : codes) {
            aligned.add(code == null ? null : found.get(normalize(code)));
        }
        return aligned;
    }

    private static String normalize(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
