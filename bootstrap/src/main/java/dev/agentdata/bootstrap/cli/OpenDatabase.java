package dev.agentdata.bootstrap.cli;

import java.util.Optional;

import dev.agentdata.adapter.postgres.ops.PgTarget;

/** The database an operator command works on, and the embedded server it started for that, if any. */
record OpenDatabase(PgTarget target, Optional<AutoCloseable> server) implements AutoCloseable {
    @Override
    public void close() {
        server.ifPresent(s -> {
            try {
                s.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the embedded Postgres: " + e.getMessage(), e);
            }
        });
    }
}
