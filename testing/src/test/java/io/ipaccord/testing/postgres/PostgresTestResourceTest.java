package io.ipaccord.testing.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PostgresTestResourceTest {

    @Test
    void suppliesAFreshDatabaseNamedByTheInitArg() throws SQLException {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of(PostgresTestResource.DATABASE_ARG, "ipaccord_testing_resource_test"));

        Map<String, String> config = resource.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        assertTrue(url.endsWith("/ipaccord_testing_resource_test"), url);
        assertEquals("false", config.get("quarkus.devservices.enabled"));
        try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE leftover (id int)");
        }
        resource.stop();

        Map<String, String> nextRun = resource.start();
        try (Connection connection = connect(nextRun);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "every start begins with an empty database");
        }
        resource.stop();
    }

    private static Connection connect(Map<String, String> config) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", config.get("quarkus.datasource.username"));
        String password = config.get("quarkus.datasource.password");
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), props);
    }
}
