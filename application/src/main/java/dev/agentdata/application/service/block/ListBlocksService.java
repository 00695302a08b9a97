package dev.agentdata.application.service.block;

import java.util.List;
import java.util.Objects;

import dev.agentdata.application.port.in.block.ListBlocksUseCase;
import dev.agentdata.application.port.out.BlockCatalog;
import dev.agentdata.domain.graph.Block;

/** Lists the block catalog. */
public final class ListBlocksService implements ListBlocksUseCase {
    private final BlockCatalog catalog;

    public ListBlocksService(BlockCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public List<Block> listBlocks() {
        return catalog.all();
    }
}
