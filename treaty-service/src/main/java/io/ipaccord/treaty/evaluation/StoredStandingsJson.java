package io.ipaccord.treaty.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The stored standings ({@code party_standing_interval.body}, each the JSON of a contract {@code Membership}) copied
 * into a response as they are read, not parsed and written again: the answer to 100 states' standings at scale is
 * 3.4 MB, and holding it as objects and then as JSON took some 13 MB of heap per request (16 at a time ran a 96 MB
 * heap out). The rows come from a cursor, a thousand at a time, on a connection of the output's own, ordered in SQL
 * as {@link StoredStandings#byParties}/{@link StoredStandings#byTreaties} followed by their Java sorts order them
 * (bound date, nulls last, from the column {@code bound} written with each row, then treaty or state, then Act,
 * nulls first; {@code COLLATE "C"} compares as Java does);
 * {@code StoredStandingsJsonTest} keeps the two answers equal.
 */
@ApplicationScoped
public class StoredStandingsJson {

    private static final int FETCH = 1_000;
    private static final String BOUND = "bound nulls last";
    private static final String BY_PARTIES = "select party_code, body from party_standing_interval where party_code = any(?)"
            + StoredStandings.VALID_AT + " order by array_position(?, party_code), " + BOUND
            + ", treaty_code collate \"C\", act_code collate \"C\" nulls first";
    private static final String BY_TREATIES = "select treaty_code, body from party_standing_interval where treaty_code = any(?)"
            + StoredStandings.VALID_AT + " order by array_position(?, treaty_code), " + BOUND
            + ", party_code collate \"C\", act_code collate \"C\" nulls first";

    @Inject DataSource dataSource;
    @Inject ObjectMapper json;

    /** {@code {"<party>": [Membership, ...], ...}}: every party asked a key, in the order asked (once each). */
    public StreamingOutput byParties(List<String> parties, LocalDate asOf) {
        return out -> write(BY_PARTIES, parties, asOf, out, true);
    }

    /** {@code [Membership, ...]}: one party's standings. */
    public StreamingOutput ofParty(String party, LocalDate asOf) {
        return out -> write(BY_PARTIES, List.of(party), asOf, out, false);
    }

    /** {@code {"<treaty>": [Membership, ...], ...}}: every treaty asked a key, in the order asked (once each). */
    public StreamingOutput byTreaties(List<String> treaties, LocalDate asOf) {
        return out -> write(BY_TREATIES, treaties, asOf, out, true);
    }

    private void write(String sql, List<String> asked, LocalDate asOf, OutputStream out, boolean keyed) throws IOException {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(asked));
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (keyed) {
                generator.writeStartObject();
            }
            int opened = 0; // keys whose array has been started; the last one is open
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false); // a cursor: PostgreSQL fetches FETCH rows at a time only in a transaction
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setFetchSize(FETCH);
                    select.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
                    select.setObject(2, asOf);
                    select.setObject(3, asOf);
                    select.setArray(4, connection.createArrayOf("varchar", keys.toArray()));
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            String key = rows.getString(1);
                            while (opened == 0 || !keys.get(opened - 1).equals(key)) {
                                if (opened == keys.size()) {
                                    throw new IllegalStateException("a row of " + key + ", which was not asked for");
                                }
                                opened = open(generator, keys, opened, keyed);
                            }
                            generator.writeRawValue(rows.getString(2));
                        }
                    }
                } finally {
                    connection.rollback(); // it only read: nothing to keep
                    connection.setAutoCommit(true); // as the pool lent it
                }
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("reading the stored standings failed", e));
            }
            while (opened < keys.size()) {
                opened = open(generator, keys, opened, keyed);
            }
            if (opened > 0) {
                generator.writeEndArray();
            }
            if (keyed) {
                generator.writeEndObject();
            }
        }
    }

    /** Closes the open key's array (if any) and opens the next key's; the number of keys opened. */
    private static int open(JsonGenerator generator, List<String> keys, int opened, boolean keyed) throws IOException {
        if (opened > 0) {
            generator.writeEndArray();
        }
        if (keyed) {
            generator.writeFieldName(keys.get(opened));
        }
        generator.writeStartArray();
        return opened + 1;
    }
}
