package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.graph.Graph;

/** What every {@link dev.agentdata.application.port.out.ExecutionRepository} must do when paging node executions. */
public abstract class NodeExecutionPageContractTest extends StorageContractSupport {

    private GraphExecution running() {
        Graph g = newGraph(newUser().id(), T0);
        return newExecution(g, at(1), ExecutionStatus.RUNNING);
    }

    private Page<NodeExecution> page(GraphExecution e, Optional<ExecutionStatus> status, int limit,
                                     Optional<Cursor> after, boolean total) {
        return storage.executions().listNodes(e.userId(), e.id(), status, new PageRequest(limit, after, total))
                .orElseThrow();
    }

    /** Pages through everything with {@code limit} per page; asserts no page is larger. */
    private List<NodeExecution> readAll(GraphExecution e, Optional<ExecutionStatus> status, int limit) {
        List<NodeExecution> seen = new ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        int pages = 0;
        do {
            Page<NodeExecution> p = page(e, status, limit, after, false);
            assertThat(p.items()).hasSizeLessThanOrEqualTo(limit);
            seen.addAll(p.items());
            after = p.next();
        } while (after.isPresent() && ++pages < 100);
        return seen;
    }

    @Test
    void listNodes_pagesInCreationOrder_withoutGapsOrDuplicates() {
        GraphExecution e = running();
        List<NodeExecution> made = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            made.add(newNode(e, "in", at(10 - i)));
        }

        assertThat(readAll(e, Optional.empty(), 3)).containsExactlyElementsOf(made);
        assertThat(readAll(e, Optional.empty(), 11)).containsExactlyElementsOf(made);
        assertThat(page(e, Optional.empty(), 11, Optional.empty(), false).next()).isEmpty();
    }

    @Test
    void listNodes_withAStatus_pagesOnlyThoseInIt_inCreationOrder() {
        GraphExecution e = running();
        List<NodeExecution> made = new ArrayList<>();
        ExecutionStatus[] cycle = {ExecutionStatus.QUEUED, ExecutionStatus.RUNNING, ExecutionStatus.COMPLETED};
        for (int i = 0; i < 14; i++) {
            made.add(newNode(e, at(2), cycle[i % 3]));
        }

        for (ExecutionStatus status : ExecutionStatus.values()) {
            assertThat(readAll(e, Optional.of(status), 2)).as("%s", status)
                    .containsExactlyElementsOf(made.stream().filter(n -> n.status() == status).toList());
        }
    }

    @Test
    void listNodes_isStableUnderInserts_andChanges_betweenPages() {
        GraphExecution e = running();
        List<NodeExecution> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(newNode(e, "in", at(2)));
        }
        Page<NodeExecution> first = page(e, Optional.empty(), 3, Optional.empty(), false);
        moveNode(e, made.get(0), ExecutionStatus.RUNNING, at(3));
        NodeExecution moved = moveNode(e, made.get(4), ExecutionStatus.RUNNING, at(3));
        NodeExecution later = newNode(e, "out", at(1));

        Page<NodeExecution> rest = page(e, Optional.empty(), 10, first.next(), false);

        assertThat(first.items()).containsExactlyElementsOf(made.subList(0, 3));
        assertThat(rest.items()).containsExactly(made.get(3), moved, later);
        assertThat(rest.next()).isEmpty();
    }

    @Test
    void listNodes_totalComesFromTheStats_whenAsked() {
        GraphExecution e = running();
        newNode(e, at(2), ExecutionStatus.RUNNING);
        newNode(e, at(2), ExecutionStatus.QUEUED);
        newNode(e, at(2), ExecutionStatus.RUNNING);

        assertThat(page(e, Optional.empty(), 1, Optional.empty(), true).total()).hasValue(3);
        assertThat(page(e, Optional.of(ExecutionStatus.RUNNING), 1, Optional.empty(), true).total()).hasValue(2);
        assertThat(page(e, Optional.of(ExecutionStatus.FAILED), 1, Optional.empty(), true).total()).hasValue(0);
        assertThat(page(e, Optional.empty(), 1, Optional.empty(), false).total()).isEmpty();
    }

    @Test
    void listNodes_ofAnotherUsersOrAnUnknownExecution_isEmpty_butOfOneWithoutNodesAnEmptyPage() {
        GraphExecution e = running();
        GraphExecution bare = running();
        newNode(e, "in", at(2));

        assertThat(storage.executions().listNodes(newUser().id(), e.id(), Optional.empty(), PageRequest.first(5)))
                .isEmpty();
        assertThat(storage.executions().listNodes(e.userId(), UUID.randomUUID(), Optional.empty(), PageRequest.first(5)))
                .isEmpty();
        assertThat(storage.executions().listNodes(bare.userId(), bare.id(), Optional.empty(), PageRequest.first(5)))
                .hasValueSatisfying(p -> {
                    assertThat(p.items()).isEmpty();
                    assertThat(p.next()).isEmpty();
                });
    }
}
