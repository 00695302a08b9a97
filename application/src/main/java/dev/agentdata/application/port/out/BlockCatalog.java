package dev.agentdata.application.port.out;

import java.util.List;
import java.util.Optional;

import dev.agentdata.domain.graph.Block;

/** The blocks nodes can run; teams add blocks by providing another catalog. */
public interface BlockCatalog {
    List<Block> all();

    Optional<Block> find(String blockId);
}
