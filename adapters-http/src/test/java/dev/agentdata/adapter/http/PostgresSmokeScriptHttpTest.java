package dev.agentdata.adapter.http;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link SmokeScriptHttpTest} on Postgres. */
@OnPostgres
@EnabledIfEnvironmentVariable(named = "AGD_SMOKE_SCRIPT", matches = ".+")
class PostgresSmokeScriptHttpTest extends SmokeScriptHttpTest {
    PostgresSmokeScriptHttpTest(WebServer server) {
        super(server);
    }
}
