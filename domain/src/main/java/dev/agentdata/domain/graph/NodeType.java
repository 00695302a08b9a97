package dev.agentdata.domain.graph;

import java.util.Locale;
import java.util.Optional;

/** The role of a node in a graph; {@code input} nodes can be fed from an execution's inputs. */
public enum NodeType {
    STANDARD, INPUT, OUTPUT, WEBHOOK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NodeType> fromWireName(String name) {
        for (NodeType t : values()) {
            if (t.wireName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
