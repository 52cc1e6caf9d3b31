import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the local run's databases when they are missing; used by ./ipaccord when psql is not
 * installed (e.g. with the embedded PostgreSQL). Run with the JDK's source launcher and pgjdbc on
 * the classpath: {@code java -cp postgresql.jar CreateDatabases.java <jdbc-url> <user> <password> <db>...}
 */
public class CreateDatabases {
    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: CreateDatabases <jdbc-url> <user> <password> <database>...");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            for (int i = 3; i < args.length; i++) {
                String name = args[i];
                // Names come from deploy/local/services; the check keeps the quoted identifier safe.
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + name);
                }
                if (exists(connection, name)) {
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + name + "\"");
                    System.out.println("created database " + name);
                } catch (SQLException e) {
                    // Another launcher may have created it meanwhile (42P04 = duplicate_database).
                    if (!"42P04".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
