package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Runs the contract's smoke.py (path in {@code AGD_SMOKE_SCRIPT}) against this adapter on memory storage. */
@ServerTest
@EnabledIfEnvironmentVariable(named = "AGD_SMOKE_SCRIPT", matches = ".+")
class SmokeScriptHttpTest {
    private static final HttpApi API = new HttpApi(new HttpSettings(Tokens.SECRET,
            HttpSettings.DEFAULT_MAX_PAYLOAD_BYTES, Clock.systemUTC()), ServiceWiring.memory(Clock.systemUTC()));
    private final WebServer server;

    SmokeScriptHttpTest(WebServer server) {
        this.server = server;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.maxPayloadSize(API.settings().maxPayloadBytes()).mediaContext(API.mediaContext())
                .directHandlers(API.directHandlers());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        API.register(routing);
    }

    @Test
    void smokeScript_passesItsUsersBlocksGraphsExecutionsAndStoreSections() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("python3", System.getenv("AGD_SMOKE_SCRIPT"),
                "users", "blocks", "graphs", "executions", "store").redirectErrorStream(true);
        pb.environment().put("AGD_BASE", "http://127.0.0.1:" + server.port());
        pb.environment().put("AGD_JWT_SECRET", Tokens.SECRET);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.println(out);
        assertThat(out).contains(" 0 failed");
    }
}
