package dev.agentdata.adapter.postgres;

import java.nio.file.Path;

/** A separate JVM that starts an embedded Postgres on a directory and waits to be killed. */
public final class EmbeddedPostgresChild {
    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
        System.out.println("ready " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
