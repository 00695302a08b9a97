package dev.agentdata.adapter.postgres.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.adapter.postgres.Fixtures;
import dev.agentdata.adapter.postgres.NeedsPgTools;
import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStats;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.graph.Graph;

/**
 * Backup and restore of the real schema: a database migrated and filled through the repositories is dumped,
 * restored into a fresh database, and every table (Flyway's history included) compares equal; the restored
 * database then serves reads through the repositories and needs no migration.
 */
@NeedsPgTools
class MigratedRoundTripTest {
    @TempDir
    Path dir;

    private final ScratchDatabases databases = new ScratchDatabases();

    @AfterEach
    void drop() {
        databases.close();
    }

    private static PostgresStorage open(PgTarget t) {
        return PostgresStorage.open(PostgresSettings.fromUrl(t.jdbcUrl() + "?user=" + t.user()));
    }

    @Test
    void givenDatabaseFilledThroughRepositories_backupAndRestore_everyTableMatchesAndReadsBack() {
        PgTarget source = databases.create();
        PgTarget fresh = databases.create();
        UUID executionId;
        try (PostgresStorage storage = open(source)) {
            executionId = fill(storage);
        }

        BackupResult backup = new PgDumpBackup(PgTools.onPath(), Clock.systemUTC(), Duration.ofSeconds(5), m -> { })
                .backup(source, dir, 30);
        new PgRestore(PgTools.onPath(), m -> { }).restore(backup.file(), fresh, false);

        assertThat(ScratchDatabases.snapshot(fresh)).isEqualTo(ScratchDatabases.snapshot(source))
                .containsKeys("users", "graphs", "graph_nodes", "graph_links", "graph_executions", "node_executions",
                        "flyway_schema_history");
        assertThat(ScratchDatabases.snapshot(fresh).get("node_executions")).hasSize(60);
        assertThat(new SchemaMigrations(fresh).info()).noneMatch(MigrationRow::pending);
        try (PostgresStorage restored = open(fresh)) {
            GraphExecution e = restored.executions().findForOperator(executionId).orElseThrow();
            assertThat(e.status()).isEqualTo(ExecutionStatus.COMPLETED);
            assertThat(restored.executions().listNodes(e.userId(), executionId, Optional.empty(), PageRequest.first(10))
                    .orElseThrow().items()).hasSize(3);
            assertThat(e.stats()).isEqualTo(new ExecutionStats(0, 0, 3, 0, 0, 0, 21));
        }
    }

    private static UUID fill(PostgresStorage s) {
        UUID last = null;
        for (int u = 0; u < 4; u++) {
            UUID user = Fixtures.newUser(s);
            Graph g = Fixtures.graph(UUID.randomUUID(), 1, user, 6, Fixtures.at(u));
            s.transactions().run(() -> s.graphs().insertVersion(g));
            for (int r = 0; r < 5; r++) {
                GraphExecution e = Fixtures.execution(g, user, Fixtures.at(100 + r));
                s.transactions().run(() -> {
                    s.executions().create(e);
                    s.executions().transition(user, e.id(),
                            GraphTransition.to(ExecutionStatus.RUNNING, Fixtures.at(200 + 1), null, null)).orElseThrow();
                    for (int n = 0; n < 3; n++) {
                        NodeExecution node = NodeExecution.queued(UUID.randomUUID(), e.id(), "n" + n,
                                Map.of("text", "ünïcode ✓", "k", n), Fixtures.at(300 + n));
                        s.executions().addNode(user, new NodeCreation(node)).orElseThrow();
                        s.executions().transitionNode(user, e.id(), node.id(),
                                new NodeTransition(ExecutionStatus.RUNNING, Fixtures.at(400), null, null, null)).orElseThrow();
                        s.executions().transitionNode(user, e.id(), node.id(),
                                new NodeTransition(ExecutionStatus.COMPLETED, Fixtures.at(400), null, null, 7L)).orElseThrow();
                    }
                    s.executions().transition(user, e.id(), GraphTransition.to(ExecutionStatus.COMPLETED,
                            Fixtures.at(500), Map.of("result", Map.of("nested", true)), null)).orElseThrow();
                });
                last = e.id();
            }
        }
        return last;
    }
}
