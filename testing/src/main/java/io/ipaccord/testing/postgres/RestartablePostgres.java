package io.ipaccord.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.ipaccord.local.postgres.EmbeddedServer;
import io.ipaccord.testing.net.FreePorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of one test's own (zonky's embedded binaries, a data directory under {@code target/}) that the
 * test can stop and start again on the same port with the same data: one service's database going down and coming
 * back while the rest of the suite, on the shared server, carries on.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Initialises a fresh data directory {@code target/<name>-pgdata} and starts the server on a stable port. */
    public static RestartablePostgres start(String name) {
        Path directory = Path.of("target", name + "-pgdata").toAbsolutePath();
        deleteRecursively(directory);
        RestartablePostgres postgres = new RestartablePostgres(directory, FreePorts.stable());
        postgres.start();
        return postgres;
    }

    /** Starts the server again (a no-op while it runs); its databases are as they were when it stopped. */
    public synchronized void start() {
        if (running == null) {
            running = EmbeddedServer.start(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port), true);
        }
    }

    /** Shuts the server down (pg_ctl stop, fast mode): open connections are closed, new ones refused. */
    public synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot stop PostgreSQL on port " + port, e);
            } finally {
                running = null;
            }
        }
    }

    public synchronized boolean isRunning() {
        return running != null;
    }

    /** The server as {@link PostgresServer} (to create databases, connect), valid across restarts. */
    public PostgresServer server() {
        return PostgresServer.at("jdbc:postgresql://127.0.0.1:" + port, "postgres", "");
    }

    @Override
    public void close() {
        stop();
        deleteRecursively(dataDirectory);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }
}
