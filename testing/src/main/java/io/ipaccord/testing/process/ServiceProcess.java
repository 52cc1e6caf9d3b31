package io.ipaccord.testing.process;

import static org.awaitility.Awaitility.await;

import io.ipaccord.testing.net.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A packaged Quarkus application ({@code quarkus-run.jar}) running as a child process, for tests against the real
 * artifact.
 * <p>
 * Output goes to {@code target/<name>.log} of the calling module (appended, one header per start). Processes a
 * test forgets to stop are stopped when the test JVM exits.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String READINESS_PATH = "/q/health/ready";
    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 60;

    private static final Set<ServiceProcess> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> List.copyOf(RUNNING).forEach(ServiceProcess::stop), "ipaccord-service-processes-shutdown"));
    }

    private final String name;
    private final Process process;
    private final int port;
    private final Path logFile;

    private ServiceProcess(String name, Process process, int port, Path logFile) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** {@link #start(String, Path, Map, List, Duration)} without extra JVM options. */
    public static ServiceProcess start(String name, Path quarkusRunJar, Map<String, String> systemProperties,
            Duration timeout) {
        return start(name, quarkusRunJar, systemProperties, List.of(), timeout);
    }

    /**
     * Runs {@code java <jvmOptions> -D<k>=<v>... -jar quarkusRunJar} from the calling module's directory and waits
     * until {@value #READINESS_PATH} answers 200.
     * <p>
     * {@code quarkus.http.port} is a free port unless given; {@code quarkus.http.host} defaults to 127.0.0.1.
     *
     * @throws IllegalStateException if the process exits or is not ready within {@code timeout} (the message holds
     *         the end of its log)
     */
    public static ServiceProcess start(String name, Path quarkusRunJar, Map<String, String> systemProperties,
            List<String> jvmOptions, Duration timeout) {
        if (!Files.isRegularFile(quarkusRunJar)) {
            throw new IllegalStateException("No application jar at " + quarkusRunJar + ": package the service first");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.host", "127.0.0.1");
        properties.putAll(systemProperties);
        int port = properties.containsKey("quarkus.http.port")
                ? Integer.parseInt(properties.get("quarkus.http.port"))
                : FreePorts.ephemeral();
        properties.put("quarkus.http.port", String.valueOf(port));

        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(jvmOptions);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(quarkusRunJar.toAbsolutePath().toString());

        Path moduleDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path logFile = moduleDir.resolve("target").resolve(name + ".log");
        long logStart = writeHeader(logFile, name, command);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(moduleDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch " + name + ": " + command, e);
        }
        ServiceProcess service = new ServiceProcess(name, process, port, logFile);
        RUNNING.add(service);
        service.awaitReady(timeout, logStart);
        return service;
    }

    /**
     * The packaged jar of a sibling module: {@code ../<module>/target/quarkus-app/quarkus-run.jar} from the current
     * module directory (Maven runs tests there).
     *
     * @throws IllegalStateException telling how to package the module if the jar is missing
     */
    public static Path quarkusApp(String module) {
        Path moduleDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path jar = moduleDir.resolveSibling(module).resolve("target/quarkus-app/quarkus-run.jar").normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Module '" + module + "' is not packaged: " + jar + " is missing. Package it"
                    + " first: cd " + moduleDir.getParent() + " && ./mvnw -B -ntp -pl " + module
                    + " package -DskipTests");
        }
        return jar;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the application to shut down (SIGTERM), waits for it, and kills it if it does not stop in time. */
    public void stop() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.remove(this);
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "ServiceProcess[" + name + " pid " + process.pid() + " " + baseUrl() + "]";
    }

    private void awaitReady(Duration timeout, long logStart) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + READINESS_PATH))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        String[] lastAnswer = {"no answer yet"};
        try {
            await("readiness of " + name)
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> !process.isAlive() || isReady(client, request, lastAnswer));
        } catch (ConditionTimeoutException e) {
            stop();
            throw new IllegalStateException(name + " was not ready within " + timeout + " (" + READINESS_PATH + ": "
                    + lastAnswer[0] + "). End of " + logFile + ":\n" + logTail(logStart), e);
        }
        if (!process.isAlive()) {
            RUNNING.remove(this);
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before it was ready."
                    + " End of " + logFile + ":\n" + logTail(logStart));
        }
    }

    private static boolean isReady(HttpClient client, HttpRequest request, String[] lastAnswer) {
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            lastAnswer[0] = "HTTP " + response.statusCode();
            return response.statusCode() == 200;
        } catch (IOException e) {
            lastAnswer[0] = e.toString();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines this start wrote (the file is shared by restarts of the same name). */
    private String logTail(long from) {
        try {
            byte[] all = Files.readAllBytes(logFile);
            int start = (int) Math.min(from, all.length);
            List<String> lines = new String(all, start, all.length - start, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    /** Appends a header and returns the file offset where this run's output starts. */
    private static long writeHeader(Path logFile, String name, List<String> command) {
        try {
            Files.createDirectories(logFile.getParent());
            String header = "==== " + Instant.now() + " starting " + name + ": " + String.join(" ", command) + "\n";
            Files.writeString(logFile, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return Files.size(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + logFile, e);
        }
    }

    private static Path javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }
}
