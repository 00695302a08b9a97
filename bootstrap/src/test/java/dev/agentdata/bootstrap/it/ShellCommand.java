package dev.agentdata.bootstrap.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.agentdata.bootstrap.EnvironmentOverrides;

/**
 * A shell command run as a user would from the repository root (the launcher, the tour), with none of the test
 * JVM's agentdata or JVM-option variables, its output in {@code target/it-logs/<name>.log}.
 */
final class ShellCommand {
    /** Variables of the launcher that a test's own environment must not leak into the command. */
    private static final List<String> LAUNCHER_VARIABLES = List.of("JAVA_OPTS", "AGENTDATA_JAVA_OPTS",
            "AGENTDATA_JDK_DIRS", "AGENTDATA_JAR");

    private ShellCommand() {
    }

    /** The repository root: the folder above bootstrap/, where the built jar is. */
    static Path repositoryRoot() {
        return JarProcess.jar().getParent().getParent().getParent();
    }

    /** A Java 21+ home for the launcher: the test JVM's. */
    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** Runs {@code command} in the repository root with {@code env} on top of a cleaned environment. */
    static JarProcess.Result run(String name, Map<String, String> env, Duration timeout, String... command) {
        return run(name, env, timeout, null, command);
    }

    /** As {@link #run(String, Map, Duration, String...)}, reading standard input from {@code input} (a paste). */
    static JarProcess.Result run(String name, Map<String, String> env, Duration timeout, Path input,
                                 String... command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(repositoryRoot().toFile()).redirectErrorStream(true);
        if (input != null) {
            pb.redirectInput(input.toFile());
        }
        EnvironmentOverrides.KEYS.keySet().forEach(pb.environment()::remove);
        LAUNCHER_VARIABLES.forEach(pb.environment()::remove);
        pb.environment().put("JAVA_HOME", javaHome().toString());
        pb.environment().putAll(env);
        try {
            Files.createDirectories(JarProcess.LOGS);
            Path log = JarProcess.LOGS.resolve(name + ".log");
            pb.redirectOutput(log.toFile());
            Process process = pb.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(name + " did not end within " + timeout + ":\n" + read(log));
            }
            return new JarProcess.Result(process.exitValue(), read(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
