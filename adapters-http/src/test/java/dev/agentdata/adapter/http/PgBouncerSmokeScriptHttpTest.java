package dev.agentdata.adapter.http;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link SmokeScriptHttpTest} on Postgres through PgBouncer in transaction pooling mode. */
@OnPgBouncer
@EnabledIfEnvironmentVariable(named = "AGD_SMOKE_SCRIPT", matches = ".+")
class PgBouncerSmokeScriptHttpTest extends SmokeScriptHttpTest {
    PgBouncerSmokeScriptHttpTest(WebServer server) {
        super(server);
    }
}
