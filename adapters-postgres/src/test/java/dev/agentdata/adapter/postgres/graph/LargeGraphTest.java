package dev.agentdata.adapter.postgres.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Fixtures;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.domain.graph.Graph;

/** A 10,000-node graph (the API's size target) is written in batches and read back intact. */
class LargeGraphTest {
    private static PostgresStorage storage;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void given10000Nodes_insertVersion_batchesAndReadsBackIntact() {
        Graph g = Fixtures.graph(UUID.randomUUID(), 1, Fixtures.newUser(storage), 10_000, Fixtures.T0);
        storage.graphs().insertVersion(Fixtures.graph(UUID.randomUUID(), 1, g.userId(), 10, Fixtures.T0));
        long t0 = System.nanoTime();
        storage.transactions().run(() -> storage.graphs().insertVersion(g));
        long t1 = System.nanoTime();
        Graph read = storage.graphs().findVersion(g.userId(), g.id(), 1).orElseThrow();
        long t2 = System.nanoTime();
        assertThat(read).isEqualTo(g);
        System.out.printf("10,000 nodes + 9,999 links: insert %d ms, read %d ms%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
    }
}
