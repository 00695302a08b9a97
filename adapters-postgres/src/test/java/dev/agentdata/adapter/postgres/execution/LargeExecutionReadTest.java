package dev.agentdata.adapter.postgres.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Explain;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.in.execution.ExecutionDetails;
import dev.agentdata.application.service.execution.ExecutionQueryService;
import dev.agentdata.domain.user.UserContext;

/**
 * {@code GET /executions/{id}} reads the execution and its first 100 node executions (an index range), so one with
 * 100,000 node executions answers as fast as one with 100 (API.md: within 2×). Prints the medians and their ratio.
 */
class LargeExecutionReadTest {
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID SMALL = UUID.fromString("00000000-0000-0000-0000-00000000e100");
    private static final UUID LARGE = UUID.fromString("00000000-0000-0000-0000-0000000e1000");
    private static PostgresStorage storage;

    @BeforeAll
    static void seed() {
        storage = TestDatabase.freshStorage();
        Explain.sql(storage, """
                INSERT INTO {schema}.users (id, email) VALUES ('00000000-0000-0000-0000-0000000000b1', 'r@example.com');
                INSERT INTO {schema}.graphs (id, version, is_active, user_id, name, created_at, updated_at)
                VALUES ('00000000-0000-0000-0000-0000000000aa', 1, true, '00000000-0000-0000-0000-0000000000b1', 'g',
                        now(), now());
                INSERT INTO {schema}.graph_executions (id, graph_id, graph_version, user_id, status, created_at,
                                                       nodes_queued)
                VALUES ('00000000-0000-0000-0000-00000000e100', '00000000-0000-0000-0000-0000000000aa', 1,
                        '00000000-0000-0000-0000-0000000000b1', 'running', now(), 100),
                       ('00000000-0000-0000-0000-0000000e1000', '00000000-0000-0000-0000-0000000000aa', 1,
                        '00000000-0000-0000-0000-0000000000b1', 'running', now(), 100000);
                INSERT INTO {schema}.node_executions (id, graph_execution_id, user_id, node_id, status, created_at)
                SELECT gen_random_uuid(), '00000000-0000-0000-0000-00000000e100', '00000000-0000-0000-0000-0000000000b1', 'n', 'queued', now()
                FROM generate_series(1, 100);
                INSERT INTO {schema}.node_executions (id, graph_execution_id, user_id, node_id, status, created_at)
                SELECT gen_random_uuid(), '00000000-0000-0000-0000-0000000e1000', '00000000-0000-0000-0000-0000000000b1', 'n', 'queued', now()
                FROM generate_series(1, 100000);
                ANALYZE {schema}.node_executions""");
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void readingAnExecutionOf100000Nodes_costsAtMostTwiceOneOf100() {
        ExecutionQueryService reads = new ExecutionQueryService(storage.executions(), storage.transactions());
        UserContext actor = UserContext.ofToken(USER, false);
        ExecutionDetails large = reads.get(actor, LARGE);
        assertThat(large.nodeExecutions()).hasSize(100);
        assertThat(large.moreNodeExecutions()).isPresent();
        assertThat(reads.get(actor, SMALL).moreNodeExecutions()).isEmpty();

        long[][] t = interleaved(() -> reads.get(actor, SMALL), () -> reads.get(actor, LARGE));
        long small = t[0][t[0].length / 2];
        long big = t[1][t[1].length / 2];
        double ratio = (double) big / small;
        System.out.printf("GET of an execution: 100 node executions %d us, 100,000 node executions %d us,"
                + " ratio %.2f (limit 2)%n", small, big, ratio);
        assertThat(ratio).isLessThan(2.0);
    }

    /** Each read timed 301 times, alternating, so that the machine's load weighs on both alike; sorted. */
    private static long[][] interleaved(Runnable a, Runnable b) {
        long[][] t = new long[2][301];
        Runnable[] reads = {a, b};
        for (int i = -50; i < 301; i++) {
            for (int r = 0; r < 2; r++) {
                long t0 = System.nanoTime();
                reads[r].run();
                if (i >= 0) {
                    t[r][i] = (System.nanoTime() - t0) / 1000;
                }
            }
        }
        Arrays.sort(t[0]);
        Arrays.sort(t[1]);
        return t;
    }
}
