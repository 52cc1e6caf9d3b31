package io.ipaccord.testing.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    private static Path fakeApp;

    /** A runnable jar laid out like target/quarkus-app/quarkus-run.jar, running {@link FakeService}. */
    @BeforeAll
    static void packageFakeApp() throws IOException {
        Path testClasses = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path appDir = Files.createDirectories(Path.of("target", "fake-app", "quarkus-app")).toAbsolutePath();
        fakeApp = appDir.resolve("quarkus-run.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, appDir.relativize(testClasses) + "/");
        try (OutputStream out = Files.newOutputStream(fakeApp); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
    }

    @Test
    void startsOnAFreePortPassesPropertiesWaitsForReadinessAndStops() throws Exception {
        ServiceProcess service = ServiceProcess.start("fake-ok", fakeApp, Map.of("fake.greeting", "bonjour"),
                Duration.ofSeconds(30));
        try {
            assertTrue(service.isAlive());
            assertEquals("http://127.0.0.1:" + service.port(), service.baseUrl());
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(service.baseUrl() + "/greeting")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("bonjour", response.body());
            assertEquals(Path.of("target", "fake-ok.log").toAbsolutePath(), service.logFile());
        } finally {
            service.stop();
        }
        assertFalse(service.isAlive());
        String log = Files.readString(service.logFile());
        assertTrue(log.contains("fake service listening on " + service.port()), log);
        assertTrue(log.contains("fake service stopping"), "stop() lets the app shut down gracefully:\n" + log);
    }

    @Test
    void failsFastWithTheLogTailWhenTheProcessExits() {
        long begin = System.nanoTime();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> ServiceProcess.start(
                "fake-exit", fakeApp, Map.of("fake.exit-code", "3"), Duration.ofSeconds(60)));

        assertTrue(failure.getMessage().contains("exited with code 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains("fake service failing on purpose"), failure.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - begin).compareTo(Duration.ofSeconds(20)) < 0,
                "does not wait for the timeout");
    }

    @Test
    void timesOutWhenNeverReadyAndStopsTheProcess() throws IOException {
        Path log = Path.of("target", "fake-not-ready.log");
        Files.deleteIfExists(log);
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> ServiceProcess.start(
                "fake-not-ready", fakeApp, Map.of("fake.ready", "false"), Duration.ofSeconds(3)));

        assertTrue(failure.getMessage().contains("HTTP 503"), failure.getMessage());
        assertTrue(failure.getMessage().contains("fake service listening on"), failure.getMessage());
        assertTrue(Files.readString(log).contains("fake service stopping"), "the process was stopped");
    }

    @Test
    void quarkusAppExplainsHowToPackageAMissingModule() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ServiceProcess.quarkusApp("no-such-service"));

        assertTrue(failure.getMessage().contains("no-such-service/target/quarkus-app/quarkus-run.jar"), failure.getMessage());
        assertTrue(failure.getMessage().contains("-pl no-such-service package"), failure.getMessage());
    }

    @Test
    void quarkusAppResolvesASiblingModulesJar() throws IOException {
        Path jar = Path.of("..", "testing", "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        Files.createDirectories(jar.getParent());
        Files.copy(fakeApp, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            assertEquals(jar, ServiceProcess.quarkusApp("testing"));
        } finally {
            Files.delete(jar);
        }
    }
}
