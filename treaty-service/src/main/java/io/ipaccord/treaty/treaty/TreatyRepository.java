package io.ipaccord.treaty.treaty;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.ipaccord.contracts.treaty.TreatyCategory;
import io.ipaccord.platform.search.PrefixQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class TreatyRepository implements PanacheRepositoryBase<Treaty, String> {

    /** Every treaty of the category (all when null), by code. */
    public List<Treaty> listByCategory(TreatyCategory category) {
        return category == null ? list("order by code") : list("category = ?1 order by code", category);
    }

    /** The treaties with these codes, in the order asked; unknown codes are left out. */
    public List<Treaty> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Treaty> found = new HashMap<>();
        list("code in ?1", codes).forEach(t -> found.put(t.code, t));
        return codes.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The treaty, locked until the transaction ends: its instruments change one write at a time. */
    public Optional<Treaty> findForWrite(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<String> codes() {
        return getEntityManager().createQuery("select t.code from Treaty t order by t.code", String.class).getResultList();
    }

    /**
     * Full-text search: every word of {@code text} must start a word of the treaty's code, short name or official
     * name. Rows of code and rank ({@code ts_rank}: code and short name weigh more than the official name), best
     * first.
     */
    public List<Object[]> search(String text, int limit) {
        return PrefixQuery.rankedCodes(getEntityManager(), "treaty", "code", text, limit);
    }
}
