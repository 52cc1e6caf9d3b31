package io.ipaccord.local.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Which PostgreSQL serves: the one rule that the local launcher ({@code ./ipaccord}, through {@link #main}), CI and
 * the tests (testing's {@code PostgresServer}) follow.
 * <ol>
 * <li>{@code embedded}: the embedded PostgreSQL ({@link EmbeddedServer});</li>
 * <li>{@code auto} and {@code server}: the server on host:port if it accepts the user's login; else the Debian
 * cluster configured for that port, started with {@code pg_ctlcluster} (root or the cluster's owner), if it then
 * does; else, for {@code auto}, the embedded PostgreSQL, and for {@code server} an error.</li>
 * </ol>
 * (The tests also take a JDBC base URL, which names the server and decides nothing.)
 */
public final class PostgresChoice {

    public enum Kind { SERVER, EMBEDDED }

    /**
     * @param baseUrl        {@code jdbc:postgresql://host:port} of the server (null for embedded)
     * @param startedCluster {@code "<version> <cluster>"} of the Debian cluster this decision started, else null
     * @param reason         why, for a log line
     */
    public record Decision(Kind kind, String baseUrl, String startedCluster, String reason) {
    }

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    static final Duration CLUSTER_START_TIMEOUT = Duration.ofSeconds(60);
    private static final System.Logger LOG = System.getLogger(PostgresChoice.class.getName());
    private static final Driver DRIVER = new org.postgresql.Driver();

    private PostgresChoice() {
    }

    /** @throws IllegalStateException for {@code server} when no server could be used; IllegalArgumentException for an unknown mode */
    public static Decision decide(String mode, String host, int port, String user, String password) {
        String normalized = mode == null ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals("embedded")) {
            return new Decision(Kind.EMBEDDED, null, null, "embedded PostgreSQL asked for");
        }
        if (!normalized.equals("auto") && !normalized.equals("server")) {
            throw new IllegalArgumentException("PostgreSQL mode must be auto, server or embedded (is: " + mode + ")");
        }
        String baseUrl = "jdbc:postgresql://" + host + ":" + port;
        Probe probe = probe(baseUrl, user, password);
        String startedCluster = null;
        if (probe.silent()) {
            Optional<String> cluster = debianCluster(port);
            if (cluster.isPresent() && startCluster(cluster.get())) {
                startedCluster = cluster.get();
                probe = awaitAnswer(baseUrl, user, password);
            }
        }
        if (probe.problem() == null) {
            String why = startedCluster == null ? "a server answers on " + host + ":" + port
                    : "started Debian cluster " + startedCluster + " on " + host + ":" + port;
            return new Decision(Kind.SERVER, baseUrl, startedCluster, why);
        }
        String why = "no usable PostgreSQL server on " + host + ":" + port + " as " + user + " (" + probe.problem() + ")";
        if (normalized.equals("server")) {
            throw new IllegalStateException(why + " and none could be started");
        }
        return new Decision(Kind.EMBEDDED, null, startedCluster, why);
    }

    /**
     * For the launcher: {@code PostgresChoice <auto|server|embedded> <host> <port> <user>}, password from env
     * {@code PGPASSWORD}. Prints one line: {@code server <baseUrl>}, {@code started <version> <cluster>} (a server
     * now, started here: stop it again with the launcher) or {@code embedded <reason>}. Exit 1 when none can serve.
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("Usage: PostgresChoice <auto|server|embedded> <host> <port> <user> (password: env PGPASSWORD)");
            System.exit(2);
        }
        try {
            Decision decision = decide(args[0], args[1], Integer.parseInt(args[2]), args[3],
                    Optional.ofNullable(System.getenv("PGPASSWORD")).orElse(""));
            System.out.println(switch (decision.kind()) {
                case SERVER -> decision.startedCluster() == null ? "server " + decision.baseUrl() : "started " + decision.startedCluster();
                case EMBEDDED -> "embedded " + decision.reason();
            });
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /** @param problem null when the server accepted the login; @param silent nothing answered at all */
    record Probe(String problem, boolean silent) {
    }

    static Probe probe(String baseUrl, String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        String seconds = String.valueOf(PROBE_TIMEOUT.toSeconds());
        props.setProperty("connectTimeout", seconds);
        props.setProperty("loginTimeout", seconds);
        props.setProperty("socketTimeout", seconds);
        try (Connection connection = DRIVER.connect(baseUrl + "/postgres", props); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return new Probe(null, false);
        } catch (SQLException e) {
            // SQL state class 08: the connection itself failed; anything else came from a server that answered.
            boolean silent = e.getSQLState() == null || e.getSQLState().startsWith("08");
            return new Probe(e.getMessage(), silent);
        }
    }

    private static Probe awaitAnswer(String baseUrl, String user, String password) {
        long deadline = System.nanoTime() + CLUSTER_START_TIMEOUT.toNanos();
        Probe probe = probe(baseUrl, user, password);
        while (probe.silent() && System.nanoTime() < deadline) {
            pause();
            probe = probe(baseUrl, user, password);
        }
        return probe;
    }

    /** {@code "<version> <cluster>"} of the Debian cluster configured for {@code port}, if pg_lsclusters knows one. */
    static Optional<String> debianCluster(int port) {
        return run(List.of("pg_lsclusters", "--no-header")).flatMap(output -> clusterOn(output, port));
    }

    /** From {@code pg_lsclusters --no-header} lines ({@code 17 main 5432 down postgres ...}). */
    static Optional<String> clusterOn(String lsclusters, int port) {
        return lsclusters.lines()
                .map(line -> line.trim().split("\\s+"))
                .filter(columns -> columns.length >= 3 && columns[2].equals(String.valueOf(port)))
                .map(columns -> columns[0] + " " + columns[1])
                .findFirst();
    }

    private static boolean startCluster(String cluster) {
        String[] versionAndName = cluster.split(" ");
        LOG.log(Level.INFO, "Starting PostgreSQL cluster {0} (pg_ctlcluster)", cluster);
        boolean started = run(List.of("pg_ctlcluster", "--skip-systemctl-redirect", versionAndName[0], versionAndName[1], "start")).isPresent();
        if (!started) {
            LOG.log(Level.WARNING, "pg_ctlcluster could not start cluster {0} (as {1})", cluster, System.getProperty("user.name"));
        }
        return started;
    }

    /** The command's output if it ran and exited 0; empty if it is not installed, failed or hung. */
    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(CLUSTER_START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                LOG.log(Level.DEBUG, "{0} exited with {1}: {2}", command, process.exitValue(), text.strip());
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (IOException e) {
            return Optional.empty(); // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while running " + command, e));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }
}
