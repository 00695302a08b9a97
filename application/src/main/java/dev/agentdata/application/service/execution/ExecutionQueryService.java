package dev.agentdata.application.service.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.ExecutionDetails;
import dev.agentdata.application.port.in.execution.ExecutionQuery;
import dev.agentdata.application.port.in.execution.GetExecutionUseCase;
import dev.agentdata.application.port.in.execution.ListExecutionsUseCase;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
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
            GraphExecution execution = OwnedExecutionLookup.require(executions, actor, executionId);
            return new ExecutionDetails(execution, allNodes(actor, executionId));
        });
    }

    /** Every node execution, in creation order, page by page. */
    private List<NodeExecution> allNodes(UserContext actor, UUID executionId) {
        List<NodeExecution> all = new ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        do {
            Optional<Page<NodeExecution>> page = executions.listNodes(actor.userId(), executionId, Optional.empty(),
                    new PageRequest(PageRequest.MAX_LIMIT, after, false));
            page.ifPresent(p -> all.addAll(p.items()));
            after = page.flatMap(Page::next);
        } while (after.isPresent());
        return all;
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
