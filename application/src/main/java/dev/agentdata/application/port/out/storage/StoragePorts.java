package dev.agentdata.application.port.out.storage;

import java.util.Objects;

import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.ExecutionEventLog;
import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.JobLeases;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.UserRepository;

/** Every outgoing port one storage implements, all over the same data; the contract tests get theirs the same way. */
public record StoragePorts(UserRepository users, GraphRepository graphs, ExecutionRepository executions,
                           StoreRepository store, CreditLedger credits, ApiKeyRepository apiKeys,
                           Transactions transactions, ExecutionMaintenance executionMaintenance,
                           JobLeases jobLeases, ExecutionEventLog events) {
    public StoragePorts {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(graphs, "graphs");
        Objects.requireNonNull(executions, "executions");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(executionMaintenance, "executionMaintenance");
        Objects.requireNonNull(jobLeases, "jobLeases");
        Objects.requireNonNull(events, "events");
    }

    /** The same ports with graphs and the unit of work replaced, e.g. by a cache decorating both. */
    public StoragePorts withGraphs(GraphRepository newGraphs, Transactions newTransactions) {
        return new StoragePorts(users, newGraphs, executions, store, credits, apiKeys, newTransactions,
                executionMaintenance, jobLeases, events);
    }
}
