package dev.agentdata.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default storage through the real jar: no DATABASE_URL, DATA_DIR in a temp dir, so embedded Postgres.
 * Data survives a SIGTERM restart, and a kill -9 (which leaves the postmaster running) followed by a restart.
 */
class EmbeddedPostgresRestartIT {
    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void embeddedPostgres_keepsGraphsAndExecutionsAcrossSigtermAndKill9Restarts() throws IOException {
        Path dataDir = dir.resolve("postgres");
        Map<String, String> env = Map.of("JWT_SECRET", Tour.SECRET, "DATA_DIR", dataDir.toString());
        String token = Tour.token(UUID.randomUUID());
        try {
            String graphId;
            String executionId;
            try (JarProcess first = JarProcess.start("embedded-1-first-start", env).awaitReady(READY)) {
                Api api = new Api(first.base(), token);
                graphId = Tour.createEchoGraph(api);
                executionId = Tour.startExecution(api, graphId);
                assertThat(first.stop(Duration.ofSeconds(30))).as("exit code after SIGTERM").isIn(0, 143);
            }
            assertThat(postmaster(dataDir)).as("the embedded postmaster stops with the server").isEmpty();

            String secondExecution;
            try (JarProcess second = JarProcess.start("embedded-2-after-sigterm", env).awaitReady(READY)) {
                Api api = new Api(second.base(), token);
                Tour.assertStored(api, graphId, executionId, "queued");
                Tour.runToCompletion(api, executionId);
                secondExecution = Tour.startExecution(api, graphId);
                second.kill();
            }
            assertThat(postmaster(dataDir)).as("kill -9 leaves the postmaster running").isPresent();

            try (JarProcess third = JarProcess.start("embedded-3-after-kill9", env).awaitReady(READY)) {
                Api api = new Api(third.base(), token);
                Tour.assertStored(api, graphId, executionId, "completed");
                Tour.assertStored(api, graphId, secondExecution, "queued");
                assertThat(third.stop(Duration.ofSeconds(30))).isIn(0, 143);
            }
        } finally {
            postmaster(dataDir).ifPresent(EmbeddedPostgresRestartIT::stopLeftover);
        }
    }

    /** The live postmaster recorded in the data directory, if any. */
    private static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive);
    }

    private static void stopLeftover(ProcessHandle postmaster) {
        postmaster.destroy();
        JarProcess.sleep(2000);
        if (postmaster.isAlive()) {
            postmaster.destroyForcibly();
        }
    }
}
