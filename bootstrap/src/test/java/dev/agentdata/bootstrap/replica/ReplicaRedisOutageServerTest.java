package dev.agentdata.bootstrap.replica;

import static dev.agentdata.bootstrap.replica.ReplicatedServers.await;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.awaitReplicaServes;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.balance;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.reads;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.token;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.topUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.replica.StreamingReplicaCluster;
import dev.agentdata.adapter.redis.TestRedis;
import dev.agentdata.bootstrap.RunningServer;

/**
 * Read replicas while Redis is away: two servers on a real primary and its 300 ms late replica, sharing a
 * {@code redis-server} of this test's own that it kills and restarts empty. Reads keep being answered (by the
 * primary), read-your-writes holds across the restart, and the replica serves again by itself.
 */
class ReplicaRedisOutageServerTest {
    private static StreamingReplicaCluster cluster;
    private static RunningServer a;
    private static RunningServer b;
    private static Process redis;
    private static int redisPort;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(StreamingReplicaCluster.available(), "the Postgres binaries (initdb, pg_basebackup) are missing");
        cluster = StreamingReplicaCluster.start();
        redisPort = TestRedis.freePort();
        redis = TestRedis.startServer(redisPort);
        String url = "redis://127.0.0.1:" + redisPort + "/0";
        a = ReplicatedServers.start(cluster.primaryUrl(), cluster.replicaUrl(), "outage_test", url, "agentdata:");
        b = ReplicatedServers.start(cluster.primaryUrl(), cluster.replicaUrl(), "outage_test", url, "agentdata:");
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {a, b, cluster}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the others still close
            }
        }
        if (redis != null) {
            TestRedis.kill(redis);
        }
    }

    @Test
    void aWriteOnAServerThatCannotReachRedis_isSeenByAServerThatReadsTheReplica() throws Exception {
        String closed = "redis://127.0.0.1:" + TestRedis.freePort() + "/0";
        try (RunningServer cut = ReplicatedServers.start(cluster.primaryUrl(), cluster.replicaUrl(), "outage_test",
                closed, "agentdata:")) {
            String user = token(UUID.randomUUID(), false);
            topUp(a, user, 20);
            awaitReplicaServes(b, user);

            for (int i = 1; i <= 5; i++) {
                topUp(cut, user, 1);
                assertThat(balance(b, user)).as("read on the other server right after write " + i)
                        .isEqualTo(20 + i);
            }
        }
    }

    @Test
    void givenRedisDown_thePrimaryAnswers_writesMadeMeanwhileAreSeen_andReplicaReadsComeBackByThemselves()
            throws Exception {
        String user = token(UUID.randomUUID(), false);
        topUp(a, user, 10);
        awaitReplicaServes(b, user);

        TestRedis.kill(redis);
        await("both servers see Redis down", Duration.ofSeconds(5),
                () -> !a.wiring().sharedStateAvailable() && !b.wiring().sharedStateAvailable());
        long replicaBefore = reads(a, "replica") + reads(b, "replica");
        topUp(a, user, 1);
        for (int i = 0; i < 10; i++) {
            assertThat(balance(i % 2 == 0 ? a : b, user)).as("read while Redis is down").isEqualTo(11);
        }
        assertThat(reads(a, "replica") + reads(b, "replica")).as("replica reads are off").isEqualTo(replicaBefore);

        redis = TestRedis.startServer(redisPort);
        await("both servers use Redis again", Duration.ofSeconds(5),
                () -> a.wiring().sharedStateAvailable() && b.wiring().sharedStateAvailable());
        topUp(b, user, 1);
        assertThat(balance(a, user)).as("a write right after Redis came back empty").isEqualTo(12);
        assertThat(balance(b, user)).isEqualTo(12);

        awaitReplicaServes(a, user);
        awaitReplicaServes(b, user);
        assertThat(balance(a, user)).isEqualTo(12);
    }
}
