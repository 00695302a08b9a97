package dev.agentdata.application.contract;

import java.util.Objects;

import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.UserRepository;

/** The ports of ONE fresh, empty storage, as an adapter hands them to the contract tests. */
public record StoragePorts(UserRepository users, GraphRepository graphs, ExecutionRepository executions,
                           Transactions transactions) {
    public StoragePorts {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(graphs, "graphs");
        Objects.requireNonNull(executions, "executions");
        Objects.requireNonNull(transactions, "transactions");
    }
}
