package io.ipaccord.deploy.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository and of this module's scratch directory. */
final class Workspace {

    private Workspace() {
    }

    static Path repoRoot() {
        Path root = Path.of(System.getProperty("ipaccord.repo-root", "../..")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("deploy/k8s"))) {
            throw new IllegalStateException("no deploy/k8s under " + root + " (set -Dipaccord.repo-root)");
        }
        return root;
    }

    static Path k8s() {
        return repoRoot().resolve("deploy/k8s");
    }

    static Path dir() {
        return Path.of(System.getProperty("ipaccord.k8s-checks.work", "target/k8s")).toAbsolutePath();
    }
}
