package io.ipaccord.deploy.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion with a deadline; output goes through files so no pipe can block. */
record Proc(int exitCode, String stdout, String stderr) {

    static Proc run(List<String> command, Path directory, Duration timeout) {
        return run(command, directory, timeout, Map.of());
    }

    static Proc run(List<String> command, Path directory, Duration timeout, Map<String, String> environment) {
        try {
            Path out = Files.createTempFile("k8s-checks-", ".out");
            Path err = Files.createTempFile("k8s-checks-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out after " + timeout + ": " + String.join(" ", command));
                }
                return new Proc(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    Proc orFail(String what) {
        if (exitCode != 0) {
            throw new IllegalStateException(what + " failed (exit " + exitCode + "):\n" + stderr + stdout);
        }
        return this;
    }
}
