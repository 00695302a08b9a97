package dev.agentdata.application.service.execution;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import dev.agentdata.application.port.in.execution.StartExecutionCommand;
import dev.agentdata.application.port.in.execution.StartExecutionUseCase;
import dev.agentdata.application.port.out.BlockCatalog;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.service.Timestamps;
import dev.agentdata.application.service.graph.GraphAccess;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphValidator;
import dev.agentdata.domain.user.UserContext;

/** Starts a run: picks the version, runs the start checks and records a queued execution owned by the actor. */
public final class StartExecutionService implements StartExecutionUseCase {
    private final ExecutionRepository executions;
    private final GraphAccess access;
    private final BlockCatalog blocks;
    private final IdGenerator ids;
    private final Clock clock;

    public StartExecutionService(ExecutionRepository executions, GraphAccess access, BlockCatalog blocks,
                                 IdGenerator ids, Clock clock) {
        this.executions = Objects.requireNonNull(executions, "executions");
        this.access = Objects.requireNonNull(access, "access");
        this.blocks = Objects.requireNonNull(blocks, "blocks");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * No unit of work: one read of which version is active (its immutable content may come from memory) and one
     * insert, each in autocommit; a unit around them would add BEGIN and COMMIT and no isolation (the insert itself
     * re-checks that the version still exists, so a concurrent delete of the graph gives its 404).
     */
    @Override
    public GraphExecution start(UserContext actor, StartExecutionCommand command) {
        Graph graph = access.executableVersion(actor, command.graphId(), command.version());
        List<Violation> violations = GraphValidator.runChecks(graph.content(), command.inputs(), blocks::find);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        GraphExecution execution = GraphExecution.queued(ids.newId(), graph.id(), graph.version(), actor.userId(),
                command.inputs(), Timestamps.of(clock));
        if (!executions.create(execution)) {
            throw new NotFoundException("graph", graph.id()); // deleted between the read and the insert
        }
        return execution;
    }
}
