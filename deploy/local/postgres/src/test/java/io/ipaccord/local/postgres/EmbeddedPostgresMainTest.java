package io.ipaccord.local.postgres;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresMainTest {

    @TempDir
    Path dataDir;

    @Test
    void runsOnTheGivenPortUntilStoppedAndKeepsItsData() throws Exception {
        int port = freePort();
        Process first = launch(port);
        try {
            String url = awaitReady(first);
            assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/postgres", url);
            execute(url, "CREATE TABLE kept (id int)");
        } finally {
            stop(first);
        }
        await("port released").atMost(Duration.ofSeconds(10)).until(() -> isFree(port));

        Process second = launch(port);
        try {
            String url = awaitReady(second);
            try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT to_regclass('public.kept') IS NOT NULL")) {
                rows.next();
                assertTrue(rows.getBoolean(1), "the data directory survives a restart");
            }
        } finally {
            stop(second);
        }
    }

    private Process launch(int port) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresMain.class.getName(), String.valueOf(port), dataDir.resolve("pg").toString()))
                .redirectErrorStream(true)
                .start();
    }

    /** Returns the URL from the READY line; fails with the process output if it does not come. */
    private static String awaitReady(Process process) throws Exception {
        StringBuilder output = new StringBuilder();
        // Not closed here: after READY the drain thread owns the reader (closing it would block on that thread).
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith("READY ")) {
                        drainInBackground(reader);
                        return line.substring("READY ".length());
                    }
                }
                throw new IllegalStateException("EmbeddedPostgresMain ended without READY:\n" + output);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return ready.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("No READY line within 60 s:\n" + output, e);
        }
    }

    private static void drainInBackground(BufferedReader reader) {
        Thread drain = new Thread(() -> {
            try {
                while (reader.readLine() != null) {
                    // keep the pipe from filling up
                }
            } catch (IOException ignored) {
                // process ended
            }
        }, "embedded-postgres-main-output");
        drain.setDaemon(true);
        drain.start();
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "EmbeddedPostgresMain stops on SIGTERM");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
