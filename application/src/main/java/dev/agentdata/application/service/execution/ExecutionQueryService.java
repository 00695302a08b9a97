package dev.agentdata.application.service.execution;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.ExecutionDetails;
import dev.agentdata.application.port.in.execution.ExecutionQuery;
import dev.agentdata.application.port.in.execution.GetExecutionUseCase;
import dev.agentdata.application.port.in.execution.ListExecutionsUseCase;
import dev.agentdata.application.port.in.execution.ListNodeExecutionsUseCase;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/**
 * Reads of the actor's executions: one with its first node executions, a filtered page (newest first), and the
 * pages of one execution's node executions (oldest first).
 */
public final class ExecutionQueryService implements GetExecutionUseCase, ListExecutionsUseCase,
        ListNodeExecutionsUseCase {
    private final ExecutionRepository executions;
    private final Transactions transactions;

    public ExecutionQueryService(ExecutionRepository executions, Transactions transactions) {
        this.executions = Objects.requireNonNull(executions, "executions");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public ExecutionDetails get(UserContext actor, UUID executionId) {
        return transactions.inTransaction(() -> {
            GraphExecution execution = OwnedExecutionLookup.require(executions, actor, executionId);
            Page<NodeExecution> first = executions.listNodes(actor.userId(), executionId, Optional.empty(),
                    new PageRequest(ExecutionDetails.EMBEDDED, Optional.empty(), false))
                    .orElseThrow(() -> new NotFoundException("execution", executionId));
            return new ExecutionDetails(execution, first.items(), first.next());
        });
    }

    @Override
    public Page<NodeExecution> list(UserContext actor, UUID executionId, Optional<ExecutionStatus> status,
                                    PageRequest page) {
        return executions.listNodes(actor.userId(), executionId, status, page)
                .orElseThrow(() -> new NotFoundException("execution", executionId));
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
