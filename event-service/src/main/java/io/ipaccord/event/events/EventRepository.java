package io.ipaccord.event.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.ipaccord.contracts.event.EventType;
import io.ipaccord.contracts.event.ParticipantKind;
import io.ipaccord.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, String> {

    /** The event with this id, or a 404 naming it. */
    public Event require(String id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No event with id " + id));
    }

    /** Up to {@code limit} events matching the filter, after the cursor's position, in the order asked. */
    List<Event> page(EventFilter filter, EventOrder order, EventCursor after, int limit) {
        Where where = where(filter);
        if (after != null) {
            where.and(order.after(), "afterKey", after.key()).param("afterId", after.id());
        }
        return find("from Event e where " + where.sql + " order by " + order.orderBy(), where.params).range(0, limit - 1).list();
    }

    /** Every event matching the filter, by start date then id. */
    List<Event> matching(EventFilter filter) {
        Where where = where(filter);
        return find("from Event e where " + where.sql + " order by e.startDate, e.id", where.params).list();
    }

    long count(EventFilter filter) {
        Where where = where(filter);
        return find("from Event e where " + where.sql, where.params).count();
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

    /** The events that are these meetings (by meeting id), by meeting id. */
    public Map<String, Event> byMeetingIds(Collection<String> meetingIds) {
        Map<String, Event> found = new HashMap<>();
        if (!meetingIds.isEmpty()) {
            list("meeting.meetingId in ?1", meetingIds).forEach(event -> found.put(event.meeting.meetingId, event));
        }
        return found;
    }

    /** Events that are no meeting yet, of this type and with exactly these dates: the event a new meeting may already be. */
    public List<Event> notMeetingsOn(EventType type, LocalDate start, LocalDate end) {
        return list("meeting.meetingId is null and type = ?1 and startDate = ?2 and endDate = ?3 order by id", type, start, end);
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

    private static Where where(EventFilter filter) {
        Where where = new Where()
                .and("e.type = :type", "type", filter.type())
                .and("e.endDate >= :from", "from", filter.from())
                .and("e.startDate <= :to", "to", filter.to())
                .and("e.hostCountry = :host", "host", filter.host())
                .and("exists (select 1 from e.relatedTreaties t where t = :treaty)", "treaty", filter.treaty())
                .and("(e.hostCountry = :state or exists (select 1 from e.relatedStates s where s = :state))", "state", filter.state())
                .and("exists (select 1 from EventParticipant p where p.event = e and p.kind = :organisationKind"
                        + " and lower(p.name) like :organisation escape '\\')", "organisation", contains(filter.organisation()))
                .and("(lower(e.title) like :text escape '\\' or lower(e.summary) like :text escape '\\')", "text", contains(filter.text()))
                .and("e.status = :status", "status", filter.status())
                .and("e.series.code = :series", "series", filter.series())
                .and("e.meeting.body = :body", "body", filter.body())
                .when(filter.meeting() != null, Boolean.TRUE.equals(filter.meeting()) ? "e.meeting.meetingId is not null"
                        : "e.meeting.meetingId is null");
        if (where.params.containsKey("organisation")) {
            where.param("organisationKind", ParticipantKind.ORGANISATION);
        }
        return where;
    }

    /** A LIKE pattern matching text containing {@code text} (case-insensitive), or null when it is absent or blank. */
    private static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** An HQL condition and its named parameters; a criterion whose value is null matches all. */
    private static final class Where {

        private final StringBuilder sql = new StringBuilder("1 = 1");
        private final Map<String, Object> params = new HashMap<>();

        Where and(String condition, String name, Object value) {
            if (value != null) {
                sql.append(" and ").append(condition);
                params.put(name, value);
            }
            return this;
        }

        /** A condition without a parameter, applied when {@code applies}. */
        Where when(boolean applies, String condition) {
            if (applies) {
                sql.append(" and ").append(condition);
            }
            return this;
        }

        Where param(String name, Object value) {
            params.put(name, value);
            return this;
        }
    }
}
