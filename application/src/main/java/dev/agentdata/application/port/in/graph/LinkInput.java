package dev.agentdata.application.port.in.graph;

/** A link as a client writes it (the server gives it an id). */
public record LinkInput(String sourceId, String sinkId, String sourceName, String sinkName, boolean isStatic) {
}
