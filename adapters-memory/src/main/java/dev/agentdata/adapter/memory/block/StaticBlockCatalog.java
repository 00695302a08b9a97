package dev.agentdata.adapter.memory.block;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentdata.application.port.out.BlockCatalog;
import dev.agentdata.domain.graph.Block;
import dev.agentdata.domain.graph.BuiltInBlocks;

/** A fixed block catalog: the built-in blocks plus any extra ones a deployment adds (an extra id replaces a built-in). */
public final class StaticBlockCatalog implements BlockCatalog {
    private final Map<String, Block> blocks;
    private final List<Block> ordered;

    public StaticBlockCatalog() {
        this(List.of());
    }

    public StaticBlockCatalog(Collection<Block> extra) {
        Map<String, Block> m = new LinkedHashMap<>();
        BuiltInBlocks.all().forEach(b -> m.put(b.id(), b));
        extra.forEach(b -> m.put(b.id(), b));
        this.blocks = Map.copyOf(m);
        this.ordered = List.copyOf(new ArrayList<>(m.values()));
    }

    @Override
    public List<Block> all() {
        return ordered;
    }

    @Override
    public Optional<Block> find(String blockId) {
        return blockId == null ? Optional.empty() : Optional.ofNullable(blocks.get(blockId));
    }
}
