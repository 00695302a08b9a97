package dev.agentdata.adapter.memory.execution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;

/**
 * The node executions of one graph execution in creation order (their position is their keyset cursor), changed
 * only under the database lock with each change's inverse logged, so a failed unit of work undoes it.
 */
final class NodeExecutionsOfRun {
    private final List<NodeExecution> inOrder = new ArrayList<>();
    private final Map<UUID, Integer> positions = new HashMap<>();

    Optional<NodeExecution> find(UUID nodeExecutionId) {
        Integer position = positions.get(nodeExecutionId);
        return position == null ? Optional.empty() : Optional.of(inOrder.get(position));
    }

    int size() {
        return inOrder.size();
    }

    void append(InMemoryDatabase db, NodeExecution node) {
        if (positions.containsKey(node.id())) {
            throw new IllegalStateException("node execution " + node.id() + " exists");
        }
        positions.put(node.id(), inOrder.size());
        inOrder.add(node);
        db.onRollback(() -> {
            inOrder.removeLast();
            positions.remove(node.id());
        });
    }

    void replace(InMemoryDatabase db, NodeExecution next) {
        int position = positions.get(next.id());
        NodeExecution before = inOrder.set(position, next);
        db.onRollback(() -> inOrder.set(position, before));
    }

    /** Ends every queued or running node execution by {@code cascade}; returns them ended, in creation order. */
    List<NodeExecution> endActive(InMemoryDatabase db, NodeTransition cascade) {
        List<NodeExecution> ended = inOrder.stream().filter(n -> n.status().isActive()).map(cascade::applyTo).toList();
        ended.forEach(n -> replace(db, n));
        return ended;
    }

    /** The next node executions after the cursor's position, those in {@code status} if one is given. */
    Page<NodeExecution> page(Optional<ExecutionStatus> status, PageRequest request) {
        int from = request.after().map(c -> position(c) + 1).orElse(0);
        List<NodeExecution> items = new ArrayList<>();
        int last = -1;
        boolean more = false;
        for (int i = from; i < inOrder.size(); i++) {
            NodeExecution n = inOrder.get(i);
            if (status.isPresent() && n.status() != status.get()) {
                continue;
            }
            if (items.size() == request.limit()) {
                more = true;
                break;
            }
            items.add(n);
            last = i;
        }
        Optional<Cursor> next = more ? Optional.of(Cursor.of(Integer.toString(last))) : Optional.empty();
        return new Page<>(items, next, OptionalLong.empty());
    }

    private static int position(Cursor cursor) {
        try {
            return Integer.parseInt(cursor.get(0));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
    }
}
