package io.ipaccord.testing.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} its own, freshly created database on the {@link PostgresServer#shared() shared}
 * PostgreSQL server, so Flyway starts from an empty database on every run.
 * <p>
 * Dev Services are off in the test profile through this module's {@code META-INF/microprofile-config.properties}
 * (read at build time, see README).
 * <p>
 * Init arg {@value #DATABASE_ARG}: the database name (default {@value #DEFAULT_DATABASE}); give each module its
 * own, distinct from the one the local launcher uses. The system property {@value #SUFFIX_PROPERTY}, when set (e.g.
 * {@code -Dipaccord.test.database-suffix=_b}), is appended to it, so that two checkouts can run the same module's
 * tests at once on one PostgreSQL server.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "ipaccord_test";
    public static final String SUFFIX_PROPERTY = "ipaccord.test.database-suffix";

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        String name = initArgs.get(DATABASE_ARG);
        if (name != null && !name.isBlank()) {
            database = name.trim();
        }
        database = withSuffix(database);
    }

    /** {@code database} with the {@value #SUFFIX_PROPERTY} suffix, for tests that create databases themselves. */
    public static String withSuffix(String database) {
        return database + System.getProperty(SUFFIX_PROPERTY, "").trim();
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.shared();
        String url = server.createDatabase(database, true);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password(),
                // Dev Services are decided at build time, before test resources start: this only confirms what this
                // module's META-INF/microprofile-config.properties already says. (quarkus.datasource.devservices.enabled is
                // left out: returning a build-time value the build did not see logs a warning on every run.)
                "quarkus.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // The database is kept for post-mortem inspection; the next run recreates it.
    }
}
