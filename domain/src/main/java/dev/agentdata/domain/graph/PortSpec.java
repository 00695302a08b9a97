package dev.agentdata.domain.graph;

import java.util.Objects;

/** One input or output port of a block: its type and whether a value must reach it before a run. */
public record PortSpec(PortType type, boolean required) {
    public PortSpec {
        Objects.requireNonNull(type, "type");
    }

    public static PortSpec required(PortType type) {
        return new PortSpec(type, true);
    }

    public static PortSpec optional(PortType type) {
        return new PortSpec(type, false);
    }
}
