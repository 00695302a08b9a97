package dev.agentdata.application.port.out;

import java.util.Optional;
import java.util.UUID;

import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.execution.TransitionOutcome;

/**
 * Graph and node executions with their run stats. The domain decides each change as a plan; the repository carries
 * it out atomically, checking the plan's sources and guard against the current state (of several concurrent changes
 * from one status exactly one wins) and reporting a change it did not make as an outcome, never as a silent no-op.
 * Owner-scoped methods take the owner's user id and treat another user's execution as absent. Each method works
 * inside a unit of work ({@link Transactions}) and outside one, as an atomic step of its own.
 */
public interface ExecutionRepository {
    /**
     * Stores a new queued execution, in one step with a check that its graph version and owner still exist (they
     * cannot be deleted before it is stored): false, and nothing stored, when either is gone.
     */
    boolean create(GraphExecution queued);

    /**
     * {@link #create}, only while its graph version is the graph's active one, checked in the same step: false, and
     * nothing stored, when the version is no longer active (or the version or owner is gone). For a start without a
     * version, whose active version may come from a {@link GraphRepository#findActiveHint hint}.
     */
    boolean createWhileActive(GraphExecution queued);

    Optional<GraphExecution> find(UUID ownerId, UUID executionId);

    /** Carries out {@code plan} on the execution: status, stamps, outputs, error, cascade and stats in one step. */
    TransitionOutcome<GraphExecution> transition(UUID ownerId, UUID executionId, GraphTransition plan);

    /** One page of the owner's executions ({@link ExecutionFilter#userId()}), newest first. */
    Page<GraphExecution> list(ExecutionFilter filter, PageRequest page);

    long count(ExecutionFilter filter);

    /**
     * Records the node execution of {@code creation} for its graph execution, counting it in that one's stats, only
     * when its node id is a node of the execution's graph version ({@link TransitionOutcome.UnknownNode} otherwise,
     * reported before an ended execution's {@link TransitionOutcome.Blocked}).
     */
    TransitionOutcome<NodeExecution> addNode(UUID ownerId, NodeCreation creation);

    Optional<NodeExecution> findNode(UUID ownerId, UUID executionId, UUID nodeExecutionId);

    /** Carries out {@code plan} on the node execution, with the graph execution's stats, in one step. */
    TransitionOutcome<NodeExecution> transitionNode(UUID ownerId, UUID executionId, UUID nodeExecutionId,
                                                    NodeTransition plan);

    /**
     * A keyset page of the execution's node executions in creation order, only those in {@code status} when given
     * (a total, when asked, comes from the stats); empty when the owner has no such execution.
     */
    Optional<Page<NodeExecution>> listNodes(UUID ownerId, UUID executionId, Optional<ExecutionStatus> status,
                                            PageRequest page);

    /** For operator jobs (the timeout sweeper) only: the execution whoever owns it. */
    Optional<GraphExecution> findForOperator(UUID executionId);

    /** For operator jobs (the timeout sweeper) only: {@link #transition} whoever owns the execution. */
    TransitionOutcome<GraphExecution> transitionForOperator(UUID executionId, GraphTransition plan);
}
