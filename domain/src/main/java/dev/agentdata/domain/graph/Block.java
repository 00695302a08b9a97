package dev.agentdata.domain.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A kind of step a node can run, with its named, typed input and output ports (in declaration order). */
public record Block(String id, String name, String description,
                    Map<String, PortSpec> inputSchema, Map<String, PortSpec> outputSchema) {
    public Block {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        inputSchema = Collections.unmodifiableMap(new LinkedHashMap<>(inputSchema));
        outputSchema = Collections.unmodifiableMap(new LinkedHashMap<>(outputSchema));
    }
}
