package io.ipaccord.local.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostgresChoiceTest {

    @Test
    void embeddedIsTakenAsAskedWithoutProbing() {
        PostgresChoice.Decision decision = PostgresChoice.decide("EMBEDDED", "127.0.0.1", 1, "postgres", "");

        assertEquals(PostgresChoice.Kind.EMBEDDED, decision.kind());
        assertNull(decision.baseUrl());
    }

    @Test
    void autoFallsBackToEmbeddedWhenNothingAnswers() throws IOException {
        int unused = unusedPort();
        long begin = System.nanoTime();

        PostgresChoice.Decision decision = PostgresChoice.decide("auto", "127.0.0.1", unused, "postgres", "");

        assertEquals(PostgresChoice.Kind.EMBEDDED, decision.kind());
        assertTrue(decision.reason().contains("127.0.0.1:" + unused), decision.reason());
        assertTrue(Duration.ofNanos(System.nanoTime() - begin).compareTo(Duration.ofSeconds(10)) < 0);
    }

    @Test
    void serverFailsWhenNothingAnswers() throws IOException {
        int unused = unusedPort();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PostgresChoice.decide("server", "127.0.0.1", unused, "postgres", ""));
        assertTrue(e.getMessage().contains("none could be started"), e.getMessage());
    }

    @Test
    void unknownModesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PostgresChoice.decide("docker", "127.0.0.1", 5432, "postgres", ""));
    }

    @Test
    void aServerThatTakesTheLoginIsUsed() {
        assumeTrue(PostgresChoice.probe("jdbc:postgresql://127.0.0.1:5432", "postgres", "").problem() == null,
                "no PostgreSQL server trusting postgres on 127.0.0.1:5432 here");

        PostgresChoice.Decision decision = PostgresChoice.decide("auto", "127.0.0.1", 5432, "postgres", "");

        assertEquals(PostgresChoice.Kind.SERVER, decision.kind());
        assertEquals("jdbc:postgresql://127.0.0.1:5432", decision.baseUrl());
    }

    @Test
    void theDebianClusterOfThePortIsFound() {
        String lsclusters = """
                15  old     5433 down   postgres /var/lib/postgresql/15/old  /var/log/postgresql/postgresql-15-old.log
                17  main    5432 down   postgres /var/lib/postgresql/17/main /var/log/postgresql/postgresql-17-main.log
                """;

        assertEquals(Optional.of("17 main"), PostgresChoice.clusterOn(lsclusters, 5432));
        assertEquals(Optional.empty(), PostgresChoice.clusterOn(lsclusters, 5434));
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
