package dev.agentdata.application.service.execution;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

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
    /** Inserts tried with the active version before the last one, which relies on a fresh read alone. */
    private static final int MAX_ATTEMPTS = 3;
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
     * No unit of work: the insert is one autocommit statement that re-checks what it relies on (the version and the
     * owner still exist; without a version asked for, that it is still the active one), so a unit would add BEGIN and
     * COMMIT and no isolation. The active version comes from a hint (memory, when a cache has it); when the insert
     * finds it outdated (another server activated another version), the active version is read fresh and the insert
     * tried again; a graph deleted meanwhile gives its 404.
     */
    @Override
    public GraphExecution start(UserContext actor, StartExecutionCommand command) {
        UUID id = ids.newId();
        if (command.version().isPresent()) {
            GraphExecution execution = queued(id, actor, command,
                    access.executableVersion(actor, command.graphId(), command.version()));
            if (!executions.create(execution)) {
                throw new NotFoundException("graph", command.graphId()); // deleted between the read and the insert
            }
            return execution;
        }
        GraphExecution execution = queued(id, actor, command, access.executableActiveHint(actor, command.graphId()));
        for (int attempt = 1; !executions.createWhileActive(execution); attempt++) {
            Graph fresh = access.executableVersion(actor, command.graphId(), OptionalInt.empty());
            execution = queued(id, actor, command, fresh);
            if (attempt == MAX_ATTEMPTS) {
                // activations kept racing this start: the version read last was active a moment ago
                if (!executions.create(execution)) {
                    throw new NotFoundException("graph", command.graphId());
                }
                break;
            }
        }
        return execution;
    }

    /** The run checks on {@code graph}, then the queued execution of it. */
    private GraphExecution queued(UUID id, UserContext actor, StartExecutionCommand command, Graph graph) {
        List<Violation> violations = GraphValidator.runChecks(graph.content(), command.inputs(), blocks::find);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return GraphExecution.queued(id, graph.id(), graph.version(), actor.userId(), command.inputs(),
                Timestamps.of(clock));
    }
}
