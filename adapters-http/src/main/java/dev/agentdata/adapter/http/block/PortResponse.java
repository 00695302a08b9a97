package dev.agentdata.adapter.http.block;

import dev.agentdata.domain.graph.PortSpec;

/** A block port on the wire: its type name and whether it is required. */
public record PortResponse(String type, boolean required) {
    public static PortResponse from(PortSpec p) {
        return new PortResponse(p.type().wireName(), p.required());
    }
}
