package dev.agentdata.adapter.memory.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.graph.Block;
import dev.agentdata.domain.graph.BuiltInBlocks;
import dev.agentdata.domain.graph.PortSpec;
import dev.agentdata.domain.graph.PortType;

/** The static catalog serves the built-in blocks plus extras. */
class StaticBlockCatalogTest {

    @Test
    void defaultCatalog_servesEveryBuiltInBlock() {
        StaticBlockCatalog catalog = new StaticBlockCatalog();

        assertThat(catalog.all()).isEqualTo(BuiltInBlocks.all());
        assertThat(catalog.find(BuiltInBlocks.ADD_NUMBERS)).isPresent();
        assertThat(catalog.find("nope")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void extraBlocks_areAddedAfterTheBuiltIns() {
        Block shout = new Block("shout", "Shout", null, Map.of("text", PortSpec.required(PortType.STRING)),
                Map.of("loud", PortSpec.optional(PortType.STRING)));

        StaticBlockCatalog catalog = new StaticBlockCatalog(List.of(shout));

        assertThat(catalog.all()).hasSize(BuiltInBlocks.all().size() + 1).last().isEqualTo(shout);
        assertThat(catalog.find("shout")).contains(shout);
    }
}
