package dev.agentdata.application.port.in.block;

import java.util.List;

import dev.agentdata.domain.graph.Block;

/** Lists the block catalog. */
public interface ListBlocksUseCase {
    List<Block> listBlocks();
}
