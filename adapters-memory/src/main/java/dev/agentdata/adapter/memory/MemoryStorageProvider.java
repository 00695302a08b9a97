package dev.agentdata.adapter.memory;

import java.time.Clock;
import java.util.List;

import dev.agentdata.adapter.memory.apikey.InMemoryApiKeyRepository;
import dev.agentdata.adapter.memory.credit.InMemoryCreditLedger;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionEventLog;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.ops.InMemoryExecutionMaintenance;
import dev.agentdata.adapter.memory.store.InMemoryStoreRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.Setting;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StoragePorts;
import dev.agentdata.application.port.out.storage.StorageProvider;
import dev.agentdata.domain.graph.Graph;

/** {@code STORAGE=memory}: every open is a fresh, empty database that lives as long as the process. No settings. */
public final class MemoryStorageProvider implements StorageProvider {
    public static final String KIND = "memory";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Setting> settings() {
        return List.of();
    }

    @Override
    public OpenedStorage open(StorageConfiguration configuration, StorageContext context) {
        return OpenedStorage.of(ports(new InMemoryDatabase(), context.clock()), "memory (lost on exit)", () -> { });
    }

    /** Every port over {@code db}: the one place that decides which repository reads which (through its methods). */
    public static StoragePorts ports(InMemoryDatabase db, Clock clock) {
        InMemoryUserRepository users = new InMemoryUserRepository(db);
        InMemoryExecutionEventLog events = new InMemoryExecutionEventLog(db, clock);
        InMemoryExecutionRepository executions = new InMemoryExecutionRepository(db, events);
        InMemoryGraphRepository graphs = new InMemoryGraphRepository(db, executions);
        // an execution's graph version may be another user's (a run of a shared graph): looked up whoever owns it
        executions.parentsMustExist(e -> graphs.versionOfAnyOwner(e.graphId(), e.graphVersion()).isPresent()
                && users.findById(e.userId()).isPresent());
        executions.activeVersionFrom(e -> graphs.versionOfAnyOwner(e.graphId(), e.graphVersion())
                .map(Graph::active).orElse(false));
        executions.nodesFrom((e, nodeId) -> graphs.versionOfAnyOwner(e.graphId(), e.graphVersion())
                .map(g -> g.content().nodes().stream().anyMatch(n -> n.id().equals(nodeId))).orElse(false));
        return new StoragePorts(users, graphs,
                executions, new InMemoryStoreRepository(db, users, executions), new InMemoryCreditLedger(db),
                new InMemoryApiKeyRepository(db), new InMemoryTransactions(db),
                new InMemoryExecutionMaintenance(db, executions), new InMemoryJobLeases(clock), events);
    }
}
