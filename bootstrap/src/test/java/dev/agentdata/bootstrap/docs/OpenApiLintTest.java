package dev.agentdata.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spectral's {@code spectral:oas} ruleset (tools/.spectral.yaml) over the document the server serves, in both
 * forms: any error or warning fails. Skipped, saying how to install it, where Node.js or the package is missing.
 */
class OpenApiLintTest {
    private static final String INSTALL = "install it with `npm ci --prefix tools` (Node.js 18.18+ or 20.17+ and npm)";

    @TempDir
    Path dir;

    private static boolean nodeRuns() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void servedDocument_hasNoSpectralErrorsOrWarnings() throws Exception {
        Path tools = DocsServer.repositoryRoot().resolve("tools");
        Path spectral = tools.resolve("node_modules/.bin/spectral");
        assumeTrue(nodeRuns(), "Spectral lint skipped: no Node.js (`node`) on the PATH; " + INSTALL);
        assumeTrue(Files.isExecutable(spectral), "Spectral lint skipped: " + spectral + " is missing; " + INSTALL);
        Path yaml = dir.resolve("openapi.yaml");
        Path json = dir.resolve("openapi.json");
        try (DocsServer server = DocsServer.start()) {
            Files.writeString(yaml, server.get("/openapi", null).body(), StandardCharsets.UTF_8);
            Files.writeString(json, server.get("/openapi", "application/json").body(), StandardCharsets.UTF_8);
        }

        Process lint = new ProcessBuilder(spectral.toString(), "lint", "--ruleset", tools.resolve(".spectral.yaml")
                .toString(), "--fail-severity", "warn", "--display-only-failures", yaml.toString(), json.toString())
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("spectral finished").isTrue();

        assertThat(lint.exitValue()).as(output).isZero();
        assertThat(output).as(output).doesNotContainPattern("(?m)^\\s+\\d+:\\d+\\s+(error|warning)");
    }
}
