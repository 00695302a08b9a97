package dev.agentdata.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.memory.MemoryStorageProvider;
import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphContent;
import dev.agentdata.domain.user.User;

class OpsJobsTest {
    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void givenStuckQueuedRun_serveJobs_timeItOutAndCountIt() throws InterruptedException {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        OpenedStorage storage = new MemoryStorageProvider().open(StorageConfiguration.of(Map.of()),
                new StorageContext(Clock.systemUTC()));
        ExecutionRepository executions = storage.ports().executions();
        // an execution is created only for an existing user and graph version (as the foreign keys once checked)
        UUID owner = UUID.randomUUID();
        storage.ports().users().insertIfAbsent(User.fromClaims(owner, "ops@example.org", "Ops", NOW));
        Graph graph = new Graph(UUID.randomUUID(), 1, true, owner, NOW, NOW,
                new GraphContent("g", "", false, List.of(), List.of()));
        storage.ports().graphs().insertVersion(graph);
        GraphExecution stuck = GraphExecution.queued(UUID.randomUUID(), graph.id(), 1, owner,
                Map.of(), NOW.minus(Duration.ofDays(2)));
        GraphExecution fresh = GraphExecution.queued(UUID.randomUUID(), graph.id(), 1, owner,
                Map.of(), NOW.minus(Duration.ofHours(1)));
        assertThat(executions.create(stuck)).isTrue();
        assertThat(executions.create(fresh)).isTrue();
        Config config = Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .sources(ConfigSources.create(Map.of("executions.sweep-interval", "PT0.05S"))).build();
        MeterRegistry registry = Metrics.createMeterRegistry();

        try (OpsScheduler ignored = OpsJobs.start(OpsSettings.from(config), storage, registry, clock,
                ExecutionEvents.NONE)) {
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
