package io.ipaccord.member.memberstate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.ipaccord.platform.search.PrefixQuery;

@ApplicationScoped
public class MemberStateRepository implements PanacheRepositoryBase<MemberState, String> {

    PanacheQuery<MemberState> search(MemberStateFilter filter, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            where.append(" and lower(m.name) like :name escape '\\'");
            params.put("name", "%" + escapeLike(filter.nameContains().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.memberSinceFrom() != null) {
            where.append(" and m.memberSince >= :from");
            params.put("from", filter.memberSinceFrom());
        }
        if (filter.memberSinceTo() != null) {
            where.append(" and m.memberSince <= :to");
            params.put("to", filter.memberSinceTo());
        }
        if (filter.body() != null) {
            where.append(" and exists (select 1 from BodySeat s where s.memberState = m and s.body = :body)");
            params.put("body", filter.body());
        }
        return find("from MemberState m where " + where, sort, params);
    }

    /** The states with these codes, in the order asked; unknown codes are left out. */
    List<MemberState> findByCodes(Collection<String> codes) {
        Map<String, MemberState> found = new HashMap<>();
        list("code in ?1", codes).forEach(state -> found.put(state.code, state));
        return codes.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Another state already holding this alpha-3 or numeric code, which must stay unique. */
    Optional<MemberState> findOtherWith(String property, String value, String exceptCode) {
        return find(property + " = ?1 and code <> ?2", value, exceptCode == null ? "" : exceptCode)
                .firstResultOptional();
    }

    /**
     * Full-text search: every word of {@code text} must match the start of a word of the state's
     * name or one of its codes, best matches first.
     */
    List<Object[]> search(String text, int limit) {
        return PrefixQuery.rankedCodes(getEntityManager(), "member_state", "name", text, limit);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
