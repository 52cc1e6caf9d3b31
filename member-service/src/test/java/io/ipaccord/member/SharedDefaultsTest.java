package io.ipaccord.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import io.ipaccord.testing.postgres.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

/**
 * The settings this service no longer writes itself come from the jars it depends on
 * ({@code META-INF/microprofile-config.properties} of platform, and of testing for the test profile) and take effect,
 * build-time ones included.
 */
@QuarkusTest
class SharedDefaultsTest {

    private static final String PLATFORM = "platform";
    private static final String TESTING = "testing";

    @Inject DataSource dataSource;
    @Inject EntityManagerFactory entityManagerFactory;

    @Test
    void buildTimeDefaultsComeFromPlatform() {
        assertFrom("quarkus.datasource.db-kind", "postgresql", PLATFORM);
        assertFrom("quarkus.flyway.locations", "db/migration,db/platform", PLATFORM);
        assertFrom("quarkus.hibernate-orm.schema-management.strategy", "validate", PLATFORM);
        assertFrom("quarkus.shutdown.delay-enabled", "true", PLATFORM);
        assertFrom("quarkus.swagger-ui.always-include", "true", PLATFORM);
        assertFrom("ipaccord.outbox.relay.poll-interval", "200ms", PLATFORM);
    }

    @Test
    void testProfileComesFromTesting() {
        assertFrom("quarkus.devservices.enabled", "false", TESTING);
        // 0: a random port, which Quarkus writes back once it listens.
        assertFrom("quarkus.http.test-port", null, TESTING);
        assertThat(ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class)).isNotIn(0, 8081);
    }

    @Test
    void theServiceKeepsItsOwnSettings() {
        assertThat(ConfigProvider.getConfig().getConfigValue("ipaccord.outbox.source").getSourceName())
                .contains("application.properties");
    }

    /** Flyway ran at start from both locations: the service's migrations and platform's. */
    @Test
    void flywayMigratedPlatformsTablesToo() throws SQLException {
        List<String> scripts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT script FROM flyway_schema_history WHERE success")) {
            while (rows.next()) {
                scripts.add(rows.getString(1));
            }
        }
        assertThat(scripts).contains("db/migration/V1__member_states.sql", "db/platform/V0_1__platform_outbox_inbox_seed.sql",
                "db/platform/V0_2__known_reference.sql");
    }

    /** Dev Services stayed off at build time: the datasource is the test resource's database, not a container. */
    @Test
    void theDatasourceIsTheTestResourcesNotDevServices() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith(PostgresServer.shared().jdbcUrl("ipaccord_member_test"));
        }
    }

    /** Hibernate was built to validate the schema (Quarkus passes the strategy to Hibernate as the JPA schema action). */
    @Test
    void hibernateValidatesTheSchema() {
        assertThat(entityManagerFactory.getProperties())
                .containsEntry("jakarta.persistence.schema-generation.database.action", "validate");
    }

    /**
     * The value the application was built and runs with is {@code value} (unless null), and the only file on the class path that
     * sets it (plain or for the test profile) is {@code module}'s {@code META-INF/microprofile-config.properties}.
     * (At run time Quarkus answers build-time settings from its record of the build, "BuildTime RunTime Fixed".)
     */
    private static void assertFrom(String name, String value, String module) {
        if (value != null) {
            assertThat(ConfigProvider.getConfig().getConfigValue(name).getValue()).as(name).isEqualTo(value);
        }
        List<String> files = new ArrayList<>();
        for (ConfigSource source : ConfigProvider.getConfig().getConfigSources()) {
            if (source.getName().contains(".properties")
                    && (source.getValue(name) != null || source.getValue("%test." + name) != null)) {
                files.add(source.getName());
            }
        }
        assertThat(files).as("files that set %s", name).singleElement().asString()
                .contains("META-INF/microprofile-config.properties").contains("/" + module + "/");
    }
}
