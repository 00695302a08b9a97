package dev.agentdata.adapter.http.block;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.agentdata.domain.graph.Block;
import dev.agentdata.domain.graph.PortSpec;

/** A catalog block on the wire with its input and output schemas (port name to type). */
public record BlockResponse(String id, String name, String description, Map<String, PortResponse> inputSchema,
                            Map<String, PortResponse> outputSchema) {

    public static BlockResponse from(Block b) {
        return new BlockResponse(b.id(), b.name(), b.description(), ports(b.inputSchema()), ports(b.outputSchema()));
    }

    private static Map<String, PortResponse> ports(Map<String, PortSpec> specs) {
        Map<String, PortResponse> out = new LinkedHashMap<>();
        specs.forEach((k, v) -> out.put(k, PortResponse.from(v)));
        return out;
    }
}
