package dev.agentdata.adapter.memory.execution;

import java.util.UUID;

import dev.agentdata.adapter.memory.Keyset;
import dev.agentdata.domain.execution.GraphExecution;

/** Position of an execution in its user's list: newest first, {@code created_at} then id (as text), descending. */
record ListKey(long micros, String idText, UUID id) implements Comparable<ListKey> {

    static ListKey of(GraphExecution e) {
        return new ListKey(Keyset.micros(e.createdAt()), e.id().toString(), e.id());
    }

    @Override
    public int compareTo(ListKey o) {
        int byTime = Long.compare(o.micros, micros);
        return byTime != 0 ? byTime : o.idText.compareTo(idText);
    }
}
