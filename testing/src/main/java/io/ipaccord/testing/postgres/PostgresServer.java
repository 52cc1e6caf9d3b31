package io.ipaccord.testing.postgres;

import io.ipaccord.local.postgres.EmbeddedServer;
import io.ipaccord.local.postgres.PostgresChoice;
import io.ipaccord.testing.jvm.JvmWide;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server tests run against, chosen once per JVM by {@value #MODE_PROPERTY} (or env
 * {@code IPACCORD_TEST_POSTGRES}; each setting's variable is its property name in capitals, dots as underscores):
 * <ul>
 * <li>{@code local} (default): what {@link PostgresChoice} decides for 127.0.0.1:5432 (the launcher's rule): that
 * server if it accepts the user (postgres, no password by default), else the Debian cluster configured for the port,
 * started, else embedded, with a warning;</li>
 * <li>{@code embedded}: a zonky embedded PostgreSQL started for this JVM;</li>
 * <li>a JDBC base URL such as {@code jdbc:postgresql://db.example:5432}: that server, with user and password from
 * {@value #USER_PROPERTY} / {@value #PASSWORD_PROPERTY} (env {@code IPACCORD_TEST_POSTGRES_USER} /
 * {@code IPACCORD_TEST_POSTGRES_PASSWORD}).</li>
 * </ul>
 */
public final class PostgresServer {

    public static final String MODE_PROPERTY = "ipaccord.test.postgres";
    public static final String USER_PROPERTY = "ipaccord.test.postgres.user";
    public static final String PASSWORD_PROPERTY = "ipaccord.test.postgres.password";

    public static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432";
    static final String JDBC_PREFIX = "jdbc:postgresql://";

    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String MAINTENANCE_DATABASE = "postgres";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final Driver DRIVER = new org.postgresql.Driver();

    public enum Mode { LOCAL, EMBEDDED, URL }

    private static PostgresServer shared;
    private static PostgresServer embedded;

    private final Mode mode;
    private final String authority;
    private final String query;
    private final String username;
    private final String password;

    private PostgresServer(Mode mode, String baseUrl, String username, String password) {
        if (!baseUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + baseUrl + " (expected " + JDBC_PREFIX + "host:port)");
        }
        String rest = baseUrl.substring(JDBC_PREFIX.length());
        int queryStart = rest.indexOf('?');
        String beforeQuery = queryStart < 0 ? rest : rest.substring(0, queryStart);
        int pathStart = beforeQuery.indexOf('/');
        this.mode = mode;
        this.authority = pathStart < 0 ? beforeQuery : beforeQuery.substring(0, pathStart);
        this.query = queryStart < 0 ? "" : rest.substring(queryStart + 1);
        this.username = username;
        this.password = password == null ? "" : password;
    }

    /**
     * The server chosen by {@value #MODE_PROPERTY} (or its environment variable), resolved once per JVM (also across the class
     * loaders of {@code @QuarkusTest} applications, see {@link JvmWide}).
     */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = fromSettings(JvmWide.call(PostgresServer.class, "sharedSettings"));
        }
        return shared;
    }

    /** The JVM's embedded PostgreSQL (zonky), started on first use and stopped at JVM exit. */
    public static synchronized PostgresServer embedded() {
        if (embedded == null) {
            embedded = fromSettings(JvmWide.call(PostgresServer.class, "embeddedSettings"));
        }
        return embedded;
    }

    /** Called through {@link JvmWide} on the system class loader's copy; java.* types only. */
    private static synchronized Map<String, String> sharedSettings() {
        if (shared == null) {
            shared = resolve(setting(MODE_PROPERTY, "local"));
        }
        return shared.settings();
    }

    /** Called through {@link JvmWide} on the system class loader's copy; java.* types only. */
    private static synchronized Map<String, String> embeddedSettings() {
        if (embedded == null) {
            EmbeddedPostgres postgres = EmbeddedServer.start(EmbeddedPostgres.builder(), true);
            embedded = new PostgresServer(Mode.EMBEDDED, JDBC_PREFIX + "127.0.0.1:" + postgres.getPort(), "postgres", "");
            LOG.infof("Embedded PostgreSQL ready at %s", embedded.baseUrl());
        }
        return embedded.settings();
    }

    private Map<String, String> settings() {
        return Map.of("mode", mode.name(), "baseUrl", baseUrl(), "username", username, "password", password);
    }

    private static PostgresServer fromSettings(Map<String, String> settings) {
        return new PostgresServer(Mode.valueOf(settings.get("mode")), settings.get("baseUrl"), settings.get("username"),
                settings.get("password"));
    }

    /** A server at a JDBC base URL ({@code jdbc:postgresql://host:port}); nothing is probed. */
    public static PostgresServer at(String baseUrl, String username, String password) {
        return new PostgresServer(Mode.URL, baseUrl, username, password);
    }

    private static PostgresServer resolve(String setting) {
        return resolve(setting, LOCAL_URL);
    }

    /** {@code localUrl} is a parameter so a test can point "local" at a port where nothing listens. */
    static PostgresServer resolve(String setting, String localUrl) {
        String value = setting.trim();
        String user = setting(USER_PROPERTY, "postgres");
        String pass = setting(PASSWORD_PROPERTY, "");
        if (value.startsWith(JDBC_PREFIX)) {
            return at(value, user, pass);
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "embedded":
                embeddedSettings();
                return embedded;
            case "local":
            case "":
                String authority = localUrl.substring(JDBC_PREFIX.length());
                int colon = authority.lastIndexOf(':');
                PostgresChoice.Decision decision = PostgresChoice.decide("auto", authority.substring(0, colon),
                        Integer.parseInt(authority.substring(colon + 1)), user, pass);
                if (decision.kind() == PostgresChoice.Kind.SERVER) {
                    return new PostgresServer(Mode.LOCAL, decision.baseUrl(), user, pass);
                }
                LOG.warnf("%s; falling back to embedded PostgreSQL. Set -D%s=embedded to skip this probe.",
                        decision.reason(), MODE_PROPERTY);
                embeddedSettings();
                return embedded;
            default:
                throw new IllegalArgumentException("Unknown " + MODE_PROPERTY + "/" + env(MODE_PROPERTY) + " value '" + value
                        + "': use local, embedded or a JDBC base URL such as jdbc:postgresql://host:5432");
        }
    }

    /** A system property, else its environment variable ({@link #env}), else {@code defaultValue}. */
    private static String setting(String property, String defaultValue) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env(property));
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    /** The environment variable of a property, as MicroProfile Config names it: ipaccord.test.postgres, IPACCORD_TEST_POSTGRES. */
    static String env(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public Mode mode() {
        return mode;
    }

    /** {@code jdbc:postgresql://host:port} (plus the configured query parameters, if any). */
    public String baseUrl() {
        return JDBC_PREFIX + authority + (query.isEmpty() ? "" : "?" + query);
    }

    public String jdbcUrl(String database) {
        return JDBC_PREFIX + authority + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    public String username() {
        return username;
    }

    /** The password; empty when the server trusts the user. */
    public String password() {
        return password;
    }

    public Connection connect(String database) throws SQLException {
        return open(jdbcUrl(database), credentials());
    }

    /** The driver directly, not DriverManager: it ignores drivers of other class loaders (Quarkus tests have two). */
    private static Connection open(String url, Properties props) throws SQLException {
        Connection connection = DRIVER.connect(url, props);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + url);
        }
        return connection;
    }

    /**
     * Makes sure {@code name} exists and returns its JDBC URL. With {@code fresh}, an existing database is dropped
     * first (its open connections are closed), so the caller starts from an empty database.
     */
    public synchronized String createDatabase(String name, boolean fresh) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid database name '" + name + "': use letters, digits and _");
        }
        String quoted = '"' + name + '"';
        try (Connection connection = connect(MAINTENANCE_DATABASE); Statement statement = connection.createStatement()) {
            if (fresh) {
                dropDatabase(connection, statement, name, quoted);
            } else if (exists(connection, name)) {
                return jdbcUrl(name);
            }
            try {
                statement.execute("CREATE DATABASE " + quoted);
            } catch (SQLException e) {
                // Another JVM created it between our check and CREATE: fine unless we were asked for a fresh one.
                if (fresh || !DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + baseUrl() + " as " + username
                    + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    private static void dropDatabase(Connection connection, Statement statement, String name, String quoted) throws SQLException {
        if (connection.getMetaData().getDatabaseMajorVersion() >= 13) {
            statement.execute("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
            return;
        }
        try (PreparedStatement terminate = connection.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, name);
            terminate.executeQuery().close();
        }
        statement.execute("DROP DATABASE IF EXISTS " + quoted);
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private Properties credentials() {
        Properties props = new Properties();
        props.setProperty("user", username);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        return props;
    }

    @Override
    public String toString() {
        return "PostgresServer[" + mode + " " + baseUrl() + " as " + username + "]";
    }
}
