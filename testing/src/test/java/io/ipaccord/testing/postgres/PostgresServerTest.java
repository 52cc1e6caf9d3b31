package io.ipaccord.testing.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    private static final Logger LOG = Logger.getLogger(PostgresServerTest.class);
    private static final String DATABASE = "ipaccord_testing_selftest";

    private static PostgresServer server;

    @BeforeAll
    static void resolveServer() {
        server = PostgresServer.shared();
        LOG.infof("Tests run against %s", server);
    }

    @Test
    void eachSettingIsReadFromItsEnvironmentVariableToo() {
        assertEquals("IPACCORD_TEST_POSTGRES", PostgresServer.env(PostgresServer.MODE_PROPERTY));
        assertEquals("IPACCORD_TEST_POSTGRES_USER", PostgresServer.env(PostgresServer.USER_PROPERTY));
        assertEquals("IPACCORD_TEST_POSTGRES_PASSWORD", PostgresServer.env(PostgresServer.PASSWORD_PROPERTY));
    }

    @Test
    void createDatabaseIsIdempotentAndTheDatabaseAnswers() throws SQLException {
        String first = server.createDatabase(DATABASE, true);
        String again = server.createDatabase(DATABASE, false);
        String fresh = server.createDatabase(DATABASE, true);

        assertEquals(server.jdbcUrl(DATABASE), first);
        assertEquals(first, again);
        assertEquals(first, fresh);
        assertEquals(1, selectOne(DATABASE));
    }

    @Test
    void freshRecreatesEvenWithOpenConnectionsWhileNotFreshKeepsData() throws SQLException {
        String database = DATABASE + "_fresh";
        server.createDatabase(database, true);
        try (Connection open = server.connect(database); Statement statement = open.createStatement()) {
            statement.execute("CREATE TABLE treaty (code text PRIMARY KEY)");
            statement.execute("INSERT INTO treaty VALUES ('PCT')");

            server.createDatabase(database, false);
            assertTrue(hasTreatyTable(database), "not fresh: existing data stays");

            server.createDatabase(database, true);
            assertFalse(hasTreatyTable(database), "fresh: an empty database");
            assertThrows(SQLException.class, () -> statement.executeQuery("SELECT 1"),
                    "connections to the dropped database are closed");
        }
    }

    @Test
    void rejectsNamesThatAreNotPlainIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> server.createDatabase("x\"; DROP DATABASE postgres; --", true));
    }

    @Test
    void jdbcBaseUrlKeepsHostPortAndParameters() {
        PostgresServer remote = PostgresServer.at("jdbc:postgresql://db.example:6543/ignored?sslmode=require", "app", "secret");

        assertEquals(PostgresServer.Mode.URL, remote.mode());
        assertEquals("jdbc:postgresql://db.example:6543/members?sslmode=require", remote.jdbcUrl("members"));
        assertEquals("app", remote.username());
        assertEquals("secret", remote.password());
    }

    private static int selectOne(String database) throws SQLException {
        try (Connection connection = server.connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1")) {
            assertTrue(rows.next());
            return rows.getInt(1);
        }
    }

    private static boolean hasTreatyTable(String database) throws SQLException {
        try (Connection connection = server.connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT to_regclass('public.treaty') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
