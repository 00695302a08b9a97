package dev.agentdata.application.service.execution;

import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.ExecutionDetails;
import dev.agentdata.application.port.in.execution.ExecutionQuery;
import dev.agentdata.application.port.in.execution.GetExecutionUseCase;
import dev.agentdata.application.port.in.execution.ListExecutionsUseCase;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.user.UserContext;

/** Reads of the actor's executions: one with its node executions, or a filtered page, newest first. */
public final class ExecutionQueryService implements GetExecutionUseCase, ListExecutionsUseCase {
    private final ExecutionRepository executions;
    private final Transactions transactions;

    public ExecutionQueryService(ExecutionRepository executions, Transactions transactions) {
        this.executions = Objects.requireNonNull(executions, "executions");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public ExecutionDetails get(UserContext actor, UUID executionId) {
        return transactions.inTransaction(() -> {
            GraphExecution execution = executions.findById(executionId).filter(e -> Executions.ownedBy(e, actor))
                    .orElseThrow(() -> Executions.notFound(executionId));
            return new ExecutionDetails(execution, executions.listNodes(executionId));
        });
    }

    @Override
    public Page<GraphExecution> list(UserContext actor, ExecutionQuery query, PageRequest page) {
        ExecutionFilter filter = new ExecutionFilter(actor.userId(), query.status(), query.graphId());
        return transactions.inTransaction(() -> {
            Page<GraphExecution> result = executions.list(filter, page);
            return page.includeTotal() ? result.withTotal(executions.count(filter)) : result;
        });
    }
}
