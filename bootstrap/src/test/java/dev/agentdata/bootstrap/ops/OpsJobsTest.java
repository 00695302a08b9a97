package dev.agentdata.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.ops.InMemoryExecutionMaintenance;
import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.adapter.postgres.ops.PgTarget;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;

class OpsJobsTest {
    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void givenPostgresSettings_targetOf_keepsServerCredentialsAndSchema() {
        PgTarget t = OpsJobs.targetOf(PostgresSettings.fromUrl(
                "postgresql://app:secret@db.internal:6432/agentdata").withSchema("tenant_a"));

        assertThat(t).extracting(PgTarget::host, PgTarget::port, PgTarget::database, PgTarget::user,
                PgTarget::password, PgTarget::schema)
                .containsExactly("db.internal", 6432, "agentdata", "app", "secret", "tenant_a");
    }

    @Test
    void givenStuckQueuedRun_serveJobs_timeItOutAndCountIt() throws InterruptedException {
        InMemoryDatabase db = new InMemoryDatabase();
        InMemoryExecutionRepository executions = new InMemoryExecutionRepository(db);
        GraphExecution stuck = GraphExecution.queued(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(),
                Map.of(), NOW.minus(Duration.ofDays(2)));
        GraphExecution fresh = GraphExecution.queued(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(),
                Map.of(), NOW.minus(Duration.ofHours(1)));
        executions.create(stuck);
        executions.create(fresh);
        Config config = Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .sources(ConfigSources.create(Map.of("executions.sweep-interval", "PT0.05S"))).build();
        MeterRegistry registry = Metrics.createMeterRegistry();

        try (OpsScheduler ignored = OpsJobs.start(config, new InMemoryExecutionMaintenance(db, executions), executions,
                new InMemoryTransactions(db), Optional.empty(), registry, Clock.fixed(NOW, ZoneOffset.UTC))) {
            for (int i = 0; i < 100 && executions.findForOperator(stuck.id()).orElseThrow().status() != ExecutionStatus.TIMEOUT;
                 i++) {
                Thread.sleep(50);
            }
        }

        assertThat(executions.findForOperator(stuck.id()).orElseThrow().status()).isEqualTo(ExecutionStatus.TIMEOUT);
        assertThat(executions.findForOperator(fresh.id()).orElseThrow().status()).isEqualTo(ExecutionStatus.QUEUED);
        assertThat(registry.counter("agentdata.executions.timed.out", List.of()).orElseThrow().count()).isEqualTo(1);
    }
}
