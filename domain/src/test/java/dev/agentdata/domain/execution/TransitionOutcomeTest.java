package dev.agentdata.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.NotFoundException;

/** Each outcome but an applied one throws the exception its API status comes from, naming the current status. */
class TransitionOutcomeTest {

    @Test
    void orElseThrow_givesTheAppliedChange_orTheExceptionThatSaysWhyNot() {
        UUID id = UUID.randomUUID();
        TransitionOutcome.Applied<String> applied = new TransitionOutcome.Applied<>("new", 2);

        assertThat(applied.orElseThrow()).isSameAs(applied);
        assertThatThrownBy(() -> TransitionOutcome.<String>executionNotFound(id).orElseThrow())
                .isInstanceOf(NotFoundException.class).hasMessage("execution " + id + " not found");
        assertThatThrownBy(() -> TransitionOutcome.<String>nodeExecutionNotFound(id).orElseThrow())
                .isInstanceOf(NotFoundException.class).hasMessage("node execution " + id + " not found");
        assertThatThrownBy(() -> new TransitionOutcome.Refused<String>(ExecutionStatus.COMPLETED,
                ExecutionStatus.RUNNING).orElseThrow())
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(ExecutionStatus.COMPLETED);
                    assertThat(e.to()).isEqualTo(ExecutionStatus.RUNNING);
                }).hasMessageContaining("current status is completed");
        assertThatThrownBy(() -> new TransitionOutcome.Blocked<String>(ExecutionStatus.RUNNING,
                TransitionGuard.NO_ACTIVE_NODES).orElseThrow())
                .isInstanceOfSatisfying(ExecutionStateException.class,
                        e -> assertThat(e.current()).isEqualTo(ExecutionStatus.RUNNING))
                .hasMessageContaining("queued or running");
        assertThatThrownBy(() -> new TransitionOutcome.Blocked<String>(ExecutionStatus.FAILED,
                TransitionGuard.GRAPH_NOT_ENDED).orElseThrow())
                .isInstanceOf(ExecutionStateException.class).hasMessageContaining("ended (failed)");
    }
}
