package io.ipaccord.local.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts zonky's embedded PostgreSQL 17 (for the tests and for the launcher), explaining a failure as root. */
public final class EmbeddedServer {

    private EmbeddedServer() {
    }

    /** @param disposableData throw-away test data (fsync off, faster) rather than the launcher's kept data directory */
    public static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, boolean disposableData) {
        if (disposableData) {
            // Trade durability for speed.
            builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
        } else {
            builder.setServerConfig("synchronous_commit", "on");
        }
        try {
            return builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(explainFailure(), e);
        }
    }

    static String explainFailure() {
        StringBuilder message = new StringBuilder("Embedded PostgreSQL (zonky) could not start.");
        if (isRoot()) {
            message.append(" This JVM runs as root: initdb and postgres refuse root, so zonky runs them through")
                    .append(" `unshare -U`, which needs user namespaces (sysctl user.max_user_namespaces > 0,")
                    .append(" kernel.unprivileged_userns_clone = 1, and a container runtime that allows unshare).")
                    .append(" Check with: unshare -U id -u");
        }
        message.append(" Alternatives: run a PostgreSQL server on 127.0.0.1:5432 (tests: IPACCORD_TEST_POSTGRES=local,")
                .append(" or a JDBC base URL such as jdbc:postgresql://host:5432; launcher: IPACCORD_POSTGRES=server).");
        return message.toString();
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
