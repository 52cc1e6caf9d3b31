package io.ipaccord.treaty.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.treaty.engine.RecordedInstrument;
import io.ipaccord.treaty.instrument.InstrumentMapper;
import io.ipaccord.treaty.instrument.InstrumentRepository;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Each treaty's state and each party's standing as intervals of dates ({@code treaty_state_interval},
 * {@code party_standing_interval}): written from the engine's {@link TreatyEvaluator#timeline} in the transaction of
 * the write that changes a treaty's instruments, read for any as-of date by an indexed lookup, without the engine.
 */
@ApplicationScoped
public class StoredStandings {

    /** The interval holds at the date given twice (as parameters 2 and 3, after the codes). */
    static final String VALID_AT = " and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to > ?)";

    @Inject EntityManager entityManager;
    @Inject ObjectMapper json;
    @Inject TreatyEvaluator evaluator;
    @Inject TreatyRepository treaties;
    @Inject InstrumentRepository instruments;

    /** One stored interval: of the treaty's state ({@code party} null) or of one party's standing. */
    public record Interval(String treaty, String party, String act, LocalDate validFrom, LocalDate validTo, String body) {
    }

    /** The intervals the engine gives for the treaty with these records (in recording order), in a stable order. */
    public List<Interval> compute(Treaty treaty, List<RecordedInstrument> counting) {
        return intervals(treaty.code, evaluator.timeline(treaty, counting));
    }

    /**
     * One interval stored and not computed ({@code stored}), or computed and not stored: what a rebuild found wrong.
     */
    public record Difference(String treaty, String party, String act, LocalDate validFrom, LocalDate validTo,
            boolean stored, String body) {
    }

    /**
     * Recomputes the treaty's intervals from its instruments (under its lock, as a write would), replaces the stored
     * ones if they differ, and answers the differences found; none for a treaty unknown.
     *
     * @param counted receives how many intervals the treaty has
     */
    @Transactional
    public List<Difference> rebuild(String code, IntConsumer counted) {
        Treaty treaty = treaties.findForWrite(code).orElse(null);
        if (treaty == null) {
            return List.of();
        }
        List<Interval> computed = compute(treaty, InstrumentMapper.toEngine(instruments.counting(code)));
        List<Interval> stored = stored(code);
        counted.accept(computed.size());
        List<Difference> out = new ArrayList<>();
        Set<Interval> computedSet = new HashSet<>(computed);
        Set<Interval> storedSet = new HashSet<>(stored);
        stored.stream().filter(i -> !computedSet.contains(i)).forEach(i -> out.add(difference(i, true)));
        computed.stream().filter(i -> !storedSet.contains(i)).forEach(i -> out.add(difference(i, false)));
        if (!out.isEmpty() || stored.size() != computed.size()) {
            replace(code, computed);
        }
        return out;
    }

    /** The treaties with no stored interval (registered before intervals were stored). */
    @Transactional
    public List<String> unstored() {
        return session().createNativeQuery("select code from treaty t where not exists"
                + " (select 1 from treaty_state_interval s where s.treaty_code = t.code) order by code", String.class).getResultList();
    }

    private static Difference difference(Interval i, boolean stored) {
        return new Difference(i.treaty(), i.party(), i.act(), i.validFrom(), i.validTo(), stored, i.body());
    }

    /** Replaces the treaty's stored intervals with those of its {@link TreatyEvaluator#timeline}. */
    @Transactional(TxType.MANDATORY)
    public void replaceWith(String treaty, List<Evaluation> timeline) {
        replace(treaty, intervals(treaty, timeline));
    }

    /** Replaces the treaty's stored intervals with these. */
    @Transactional(TxType.MANDATORY)
    public void replace(String treaty, List<Interval> intervals) {
        session().doWork(connection -> {
            for (String table : List.of("treaty_state_interval", "party_standing_interval")) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where treaty_code = ?")) {
                    delete.setString(1, treaty);
                    delete.executeUpdate();
                }
            }
            insert(connection, intervals);
        });
    }

    /** The treaty's stored intervals, in the order {@link #compute} gives them. */
    @Transactional(TxType.MANDATORY)
    public List<Interval> stored(String treaty) {
        List<Interval> out = new ArrayList<>();
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select null, null, valid_from, valid_to, body from treaty_state_interval where treaty_code = ?"
                            + " union all select party_code, act_code, valid_from, valid_to, body from party_standing_interval"
                            + " where treaty_code = ?")) {
                select.setString(1, treaty);
                select.setString(2, treaty);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(new Interval(treaty, rows.getString(1), rows.getString(2), date(rows, 3), date(rows, 4), rows.getString(5)));
                    }
                }
            }
        });
        out.sort(ORDER);
        return out;
    }

    /** The treaties' states as of {@code asOf}, by treaty code, for those with intervals stored. */
    @Transactional(TxType.MANDATORY)
    public Map<String, TreatyState> states(Collection<String> treaties, LocalDate asOf) {
        Map<String, TreatyState> out = new HashMap<>();
        if (treaties.isEmpty()) {
            return out;
        }
        query("select treaty_code, body from treaty_state_interval where treaty_code = any(?)" + VALID_AT, treaties, asOf,
                rows -> out.put(rows.getString(1), read(rows.getString(2), TreatyState.class).at(asOf)));
        return out;
    }

    /** The treaties' parties as of {@code asOf}, by treaty code (every one asked), each ordered by bound date then state. */
    @Transactional(TxType.MANDATORY)
    public Map<String, List<Membership>> byTreaties(Collection<String> treaties, LocalDate asOf) {
        Map<String, List<Membership>> out = new LinkedHashMap<>();
        treaties.forEach(t -> out.put(t, new ArrayList<>()));
        if (!treaties.isEmpty()) {
            query("select treaty_code, body from party_standing_interval where treaty_code = any(?)" + VALID_AT, treaties, asOf,
                    rows -> out.get(rows.getString(1)).add(read(rows.getString(2), Membership.class)));
        }
        out.replaceAll((t, list) -> list.stream().sorted(TreatyEvaluator.BY_BOUND_THEN_STATE).toList());
        return out;
    }

    /** The parties' standings as of {@code asOf}, by party code (every one asked), in no particular order. */
    @Transactional(TxType.MANDATORY)
    public Map<String, List<Membership>> byParties(Collection<String> parties, LocalDate asOf) {
        Map<String, List<Membership>> out = new LinkedHashMap<>();
        parties.forEach(p -> out.put(p, new ArrayList<>()));
        if (!parties.isEmpty()) {
            query("select party_code, body from party_standing_interval where party_code = any(?)" + VALID_AT, parties, asOf,
                    rows -> out.get(rows.getString(1)).add(read(rows.getString(2), Membership.class)));
        }
        return out;
    }

    /** The treaties as of {@code asOf} with their parties, by treaty code, in the order given (those stored). */
    @Transactional(TxType.MANDATORY)
    public Map<String, Evaluation> evaluations(Collection<Treaty> treaties, LocalDate asOf) {
        List<String> codes = treaties.stream().map(t -> t.code).toList();
        Map<String, TreatyState> states = states(codes, asOf);
        Map<String, List<Membership>> parties = byTreaties(codes, asOf);
        Map<String, Evaluation> out = new LinkedHashMap<>();
        for (String code : codes) {
            TreatyState state = states.get(code);
            if (state != null) {
                out.put(code, new Evaluation(code, asOf, state.status(), state.entryIntoForce(), state.acts(), parties.get(code)));
            }
        }
        return out;
    }

    private static final Comparator<Interval> ORDER = Comparator
            .comparing(Interval::party, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Interval::act, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Interval::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Merges the timeline's consecutive equal states of the treaty and of each party into intervals. */
    private List<Interval> intervals(String treaty, List<Evaluation> timeline) {
        List<Interval> out = new ArrayList<>();
        TreatyState openState = null;
        LocalDate stateFrom = null;
        Map<String, Membership> open = new LinkedHashMap<>();
        Map<String, LocalDate> openFrom = new HashMap<>();
        for (Evaluation at : timeline) {
            LocalDate from = at.asOf().equals(LocalDate.MIN) ? null : at.asOf();
            TreatyState state = at.state().at(null);
            if (!state.equals(openState)) {
                if (openState != null) {
                    out.add(new Interval(treaty, null, null, stateFrom, from, write(openState)));
                }
                openState = state;
                stateFrom = from;
            }
            Map<String, Membership> now = new LinkedHashMap<>();
            for (Membership m : at.memberships()) {
                if (now.put(key(m), m) != null) {
                    throw new IllegalStateException(treaty + ": two standings of " + m.state() + " under " + m.act() + " as of " + at.asOf());
                }
            }
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var was = it.next();
                if (!Objects.equals(was.getValue(), now.get(was.getKey()))) {
                    out.add(party(treaty, was.getValue(), openFrom.remove(was.getKey()), from));
                    it.remove();
                }
            }
            now.forEach((key, m) -> {
                if (!open.containsKey(key)) {
                    open.put(key, m);
                    openFrom.put(key, from);
                }
            });
        }
        if (openState != null) {
            out.add(new Interval(treaty, null, null, stateFrom, null, write(openState)));
        }
        open.forEach((key, m) -> out.add(party(treaty, m, openFrom.get(key), null)));
        out.sort(ORDER);
        return out;
    }

    private Interval party(String treaty, Membership m, LocalDate from, LocalDate to) {
        return new Interval(treaty, m.state(), m.act(), from, to, write(m));
    }

    private static String key(Membership m) {
        return m.state() + "/" + m.act();
    }

    private void insert(Connection connection, List<Interval> intervals) throws SQLException {
        try (PreparedStatement states = connection.prepareStatement(
                "insert into treaty_state_interval (treaty_code, valid_from, valid_to, body) values (?, ?, ?, ?)");
             PreparedStatement parties = connection.prepareStatement(
                     "insert into party_standing_interval (treaty_code, party_code, act_code, standing, bound, valid_from,"
                             + " valid_to, body) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Interval i : intervals) {
                if (i.party() == null) {
                    states.setString(1, i.treaty());
                    states.setObject(2, i.validFrom(), Types.DATE);
                    states.setObject(3, i.validTo(), Types.DATE);
                    states.setString(4, i.body());
                    states.addBatch();
                } else {
                    parties.setString(1, i.treaty());
                    parties.setString(2, i.party());
                    parties.setString(3, i.act());
                    Membership standing = read(i.body(), Membership.class);
                    parties.setString(4, standing.status().name());
                    parties.setObject(5, standing.bound(), Types.DATE);
                    parties.setObject(6, i.validFrom(), Types.DATE);
                    parties.setObject(7, i.validTo(), Types.DATE);
                    parties.setString(8, i.body());
                    parties.addBatch();
                }
            }
            states.executeBatch();
            parties.executeBatch();
        }
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, Collection<String> codes, LocalDate asOf, RowReader reader) {
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
                select.setObject(2, asOf);
                select.setObject(3, asOf);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
