package dev.agentdata.adapter.http;

import io.helidon.webserver.WebServer;

/** {@link SmokeScriptHttpTest} on Postgres. */
@OnPostgres
class PostgresSmokeScriptHttpTest extends SmokeScriptHttpTest {
    PostgresSmokeScriptHttpTest(WebServer server) {
        super(server);
    }
}
