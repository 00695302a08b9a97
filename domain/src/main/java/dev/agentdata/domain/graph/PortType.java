package dev.agentdata.domain.graph;

import java.util.Locale;
import java.util.Optional;

/** The value type of a block port; {@link #feeds(PortType)} is the link compatibility rule. */
public enum PortType {
    STRING, NUMBER, INTEGER, BOOLEAN, OBJECT, ARRAY, ANY;

    /** Equal types, either side {@code any}, or {@code integer} into {@code number}. */
    public boolean feeds(PortType sink) {
        return this == sink || this == ANY || sink == ANY || (this == INTEGER && sink == NUMBER);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PortType> fromWireName(String name) {
        for (PortType t : values()) {
            if (t.wireName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
