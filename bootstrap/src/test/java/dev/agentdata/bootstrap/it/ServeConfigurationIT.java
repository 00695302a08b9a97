package dev.agentdata.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.bootstrap.Main;

/** How the real jar starts or refuses to: without JWT_SECRET, and on STORAGE=memory. */
class ServeConfigurationIT {
    @TempDir
    Path dir;

    @Test
    void serve_withoutJwtSecret_refusesWithAClearMessageAndConfigExitCode() {
        JarProcess.Result result = JarProcess.run("serve-without-secret", Map.of("DATA_DIR", dir.toString()),
                Duration.ofSeconds(30), "serve");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(Main.CONFIG_ERROR);
        assertThat(result.output()).contains("JWT_SECRET is not set");
        assertThat(result.output()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void serve_onMemoryStorage_runsTheTourWithoutADatabase() {
        Map<String, String> env = Map.of("JWT_SECRET", Tour.SECRET, "STORAGE", "memory",
                "DATA_DIR", dir.resolve("unused").toString());
        try (JarProcess server = JarProcess.start("memory-serve", env).awaitReady(Duration.ofSeconds(30))) {
            Api api = new Api(server.base(), Tour.token(UUID.randomUUID()));
            String graphId = Tour.createEchoGraph(api);
            String executionId = Tour.startExecution(api, graphId);
            Tour.runToCompletion(api, executionId);
            Tour.assertStored(api, graphId, executionId, "completed");
            assertThat(dir.resolve("unused")).doesNotExist();
            assertThat(server.stop(Duration.ofSeconds(20))).isIn(0, 143);
        }
    }
}
