package io.ipaccord.event.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.ipaccord.contracts.event.ParticipantKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, String> {

    /** Up to {@code limit} events matching the filter, after the cursor's position, in the order asked. */
    List<Event> page(EventFilter filter, EventOrder order, EventCursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        if (after != null) {
            where.append(" and ").append(order.after());
            params.put("afterKey", after.key());
            params.put("afterId", after.id());
        }
        return find("from Event e where " + where + " order by " + order.orderBy(), params).range(0, limit - 1).list();
    }

    long count(EventFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        return find("from Event e where " + where, params).count();
    }

    /** The events with these ids, in the order asked; unknown ids are left out. */
    List<Event> findInOrder(Collection<String> ids) {
        Map<String, Event> found = new HashMap<>();
        list("id in ?1", ids).forEach(event -> found.put(event.id, event));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Events hosted by or related to any of these states, by start date. */
    List<Event> hostedByOrRelatedTo(Collection<String> states) {
        return list("from Event e where e.hostCountry in ?1 or exists (select 1 from e.relatedStates s where s in ?1)"
                + " order by e.startDate, e.id", states);
    }

    /** Events related to any of these treaties, by start date. */
    List<Event> relatedToTreaties(Collection<String> treaties) {
        return list("from Event e where exists (select 1 from e.relatedTreaties t where t in ?1) order by e.startDate, e.id",
                treaties);
    }

    /** Events whose parent is one of these, by start date. */
    List<Event> childrenOf(Collection<String> parents) {
        return list("from Event e where e.parent.id in ?1 order by e.startDate, e.id", parents);
    }

    /** Ids and ranks of the events matching a web-search style query (quotes, OR, -word), best first. */
    LinkedHashMap<String, Double> search(String text, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT e.id, ts_rank(e.search_vector, q) AS rank
                FROM event e, websearch_to_tsquery('english', ?1) q
                WHERE e.search_vector @@ q
                ORDER BY rank DESC, e.start_date DESC, e.id
                LIMIT ?2""")
                .setParameter(1, text)
                .setParameter(2, limit)
                .getResultList();
        LinkedHashMap<String, Double> ranks = new LinkedHashMap<>();
        rows.forEach(row -> ranks.put((String) row[0], ((Number) row[1]).doubleValue()));
        return ranks;
    }

    private static StringBuilder where(EventFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.type() != null) {
            where.append(" and e.type = :type");
            params.put("type", filter.type());
        }
        if (filter.from() != null) {
            where.append(" and e.endDate >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.startDate <= :to");
            params.put("to", filter.to());
        }
        if (filter.host() != null) {
            where.append(" and e.hostCountry = :host");
            params.put("host", filter.host());
        }
        if (filter.treaty() != null) {
            where.append(" and exists (select 1 from e.relatedTreaties t where t = :treaty)");
            params.put("treaty", filter.treaty());
        }
        if (filter.state() != null) {
            where.append(" and (e.hostCountry = :state or exists (select 1 from e.relatedStates s where s = :state))");
            params.put("state", filter.state());
        }
        if (filter.organisation() != null && !filter.organisation().isBlank()) {
            where.append(" and exists (select 1 from EventParticipant p where p.event = e and p.kind = :organisationKind"
                    + " and lower(p.name) like :organisation escape '\\')");
            params.put("organisationKind", ParticipantKind.ORGANISATION);
            params.put("organisation", contains(filter.organisation()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(e.title) like :text escape '\\' or lower(e.summary) like :text escape '\\')");
            params.put("text", contains(filter.text()));
        }
        if (filter.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", filter.status());
        }
        if (filter.series() != null) {
            where.append(" and e.series.code = :series");
            params.put("series", filter.series());
        }
        return where;
    }

    private static String contains(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
