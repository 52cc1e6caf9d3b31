package io.ipaccord.testing.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ipaccord.testing.net.FreePorts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {

    @Test
    void embeddedServerStartsAndAnswers() throws SQLException {
        PostgresServer embedded = PostgresServer.embedded();

        assertEquals(PostgresServer.Mode.EMBEDDED, embedded.mode());
        assertTrue(embedded.baseUrl().startsWith("jdbc:postgresql://127.0.0.1:"), embedded.baseUrl());
        String url = embedded.createDatabase("ipaccord_embedded_selftest", true);
        assertEquals(embedded.jdbcUrl("ipaccord_embedded_selftest"), url);
        try (Connection connection = embedded.connect("ipaccord_embedded_selftest");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1, current_setting('server_version_num')::int")) {
            assertTrue(rows.next());
            assertEquals(1, rows.getInt(1));
            assertTrue(rows.getInt(2) >= 170000, "zonky binaries are PostgreSQL 17");
        }
        assertTrue(PostgresServer.embedded() == embedded, "one embedded server per JVM");
    }

    @Test
    void localModeFallsBackToEmbeddedWhenNothingAnswers() {
        int unused = FreePorts.ephemeral();
        long begin = System.nanoTime();

        PostgresServer server = PostgresServer.resolve("local", "jdbc:postgresql://127.0.0.1:" + unused);

        assertEquals(PostgresServer.Mode.EMBEDDED, server.mode());
        assertTrue(Duration.ofNanos(System.nanoTime() - begin).compareTo(Duration.ofSeconds(10)) < 0);
    }

    @Test
    void explicitModesAreHonoured() {
        assertEquals(PostgresServer.Mode.EMBEDDED, PostgresServer.resolve("EMBEDDED", PostgresServer.LOCAL_URL).mode());
        assertEquals(PostgresServer.Mode.URL,
                PostgresServer.resolve("jdbc:postgresql://127.0.0.1:5432", PostgresServer.LOCAL_URL).mode());
        assertThrows(IllegalArgumentException.class, () -> PostgresServer.resolve("docker", PostgresServer.LOCAL_URL));
    }
}
