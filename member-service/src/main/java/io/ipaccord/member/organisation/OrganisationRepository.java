package io.ipaccord.member.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ipaccord.platform.search.PrefixQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

    /** Every organisation, by code. */
    List<Organisation> all() {
        return listAll(Sort.by("code"));
    }

    /** The organisations with these codes, in the order asked; unknown codes are left out. */
    List<Organisation> findByCodes(Collection<String> codes) {
        Map<String, Organisation> found = new HashMap<>();
        list("code in ?1", codes).forEach(organisation -> found.put(organisation.code, organisation));
        return codes.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Full-text search: every word of {@code text} must match the start of a word of the organisation's name, short
     * name or code, best matches first.
     */
    List<Object[]> search(String text, int limit) {
        return PrefixQuery.rankedCodes(getEntityManager(), "organisation", "name", text, limit);
    }
}
