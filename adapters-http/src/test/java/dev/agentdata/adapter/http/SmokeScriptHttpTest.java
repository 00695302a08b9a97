package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Runs the contract's smoke.py (path in {@code AGD_SMOKE_SCRIPT}) against this adapter on memory storage (Postgres in the subclass): every section. */
@StorageServer
@EnabledIfEnvironmentVariable(named = "AGD_SMOKE_SCRIPT", matches = ".+")
class SmokeScriptHttpTest {
    private final WebServer server;

    SmokeScriptHttpTest(WebServer server) {
        this.server = server;
    }

    @Test
    void smokeScript_passesEverySection() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("python3", System.getenv("AGD_SMOKE_SCRIPT"),
                "all").redirectErrorStream(true);
        pb.environment().put("AGD_BASE", "http://127.0.0.1:" + server.port());
        pb.environment().put("AGD_JWT_SECRET", Tokens.SECRET);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.println(out);
        assertThat(out).contains(" 0 failed");
    }
}
