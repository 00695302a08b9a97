package dev.agentdata.bootstrap.replica;

import static dev.agentdata.bootstrap.replica.ReplicatedServers.await;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.awaitReplicaServes;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.balance;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.lag;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.reads;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.send;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.token;
import static dev.agentdata.bootstrap.replica.ReplicatedServers.topUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.replica.StreamingReplicaCluster;
import dev.agentdata.adapter.redis.LogLines;
import dev.agentdata.adapter.redis.TestRedis;
import dev.agentdata.bootstrap.RunningServer;
import dev.agentdata.bootstrap.Wiring;

/**
 * API.md "Running several servers", read replicas: two servers on a real primary and a streaming replica that applies
 * commits 300 ms late, sharing write positions in the machine's Redis (a key prefix of this class's own, deleted
 * afterwards). The cluster and the servers start once for the class.
 */
class ReadReplicaServerTest {
    private static StreamingReplicaCluster cluster;
    private static RunningServer a;
    private static RunningServer b;
    private static final String PREFIX = TestRedis.freshPrefix();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(StreamingReplicaCluster.available(), "the Postgres binaries (initdb, pg_basebackup) are missing");
        cluster = StreamingReplicaCluster.start();
        String redis = TestRedis.sharedUri().toURI().toString();
        a = ReplicatedServers.start(cluster.primaryUrl(), cluster.replicaUrl(), "replica_test", redis, PREFIX);
        b = ReplicatedServers.start(cluster.primaryUrl(), cluster.replicaUrl(), "replica_test", redis, PREFIX);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {a, b, cluster}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the others still close
            }
        }
        TestRedis.deleteKeys(PREFIX);
    }

    @Test
    void givenAUserWhoseDataDidNotChangeLately_theReplicaServesTheirReads() throws Exception {
        String user = token(UUID.randomUUID(), false);
        topUp(a, user, 100);
        awaitReplicaServes(b, user);
        long before = reads(b, "replica");

        for (int i = 0; i < 20; i++) {
            assertThat(balance(b, user)).isEqualTo(100);
        }

        assertThat(reads(b, "replica") - before).as("reads the replica served").isEqualTo(20);
        assertThat(lag(b)).as("lag in seconds").isBetween(0.0, 10.0);
    }

    @Test
    void aWriteThenAnImmediateReadOnTheOtherServer_seesTheWrite_everyTime() throws Exception {
        String user = token(UUID.randomUUID(), false);
        long expected = 0;
        int violations = 0;
        long primaryBefore = reads(a, "primary") + reads(b, "primary");

        for (int i = 0; i < 40; i++) {
            RunningServer writer = i % 2 == 0 ? a : b;
            RunningServer reader = i % 2 == 0 ? b : a;
            topUp(writer, user, 1);
            expected++;
            if (balance(reader, user) != expected) {
                violations++;
            }
        }

        assertThat(violations).as("read-your-writes violations in 40 tries").isZero();
        // a write whose position missed Redis's 50 ms budget waits for the replica, which may then answer the read
        assertThat(reads(a, "primary") + reads(b, "primary") - primaryBefore)
                .as("reads right after a write that the 300 ms late replica could not answer")
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void anAdminGrant_isSeenByTheUsersNextRead_onAnyServer() throws Exception {
        UUID userId = UUID.randomUUID();
        String user = token(userId, false);
        topUp(a, user, 5);
        awaitReplicaServes(b, user);

        HttpResponse<String> grant = send(a, token(UUID.randomUUID(), true), "POST",
                "/api/v1/admin/credits/" + userId + "/grant", "{\"amount\":70,\"reason\":\"replica test\"}");
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);

        assertThat(balance(b, user)).isEqualTo(75);
    }

    @Test
    void givenTheReplicaStopped_thePrimaryAnswers_andTheReplicaServesAgainOnceBack() throws Exception {
        String user = token(UUID.randomUUID(), false);
        topUp(a, user, 9);
        awaitReplicaServes(a, user);

        cluster.stopReplica();
        try {
            await("both servers see the replica down", Duration.ofSeconds(5), () -> lag(a) == -1 && lag(b) == -1);
            long replicaBefore = reads(a, "replica") + reads(b, "replica");
            for (int i = 0; i < 10; i++) {
                assertThat(balance(i % 2 == 0 ? a : b, user)).isEqualTo(9);
            }
            assertThat(reads(a, "replica") + reads(b, "replica")).isEqualTo(replicaBefore);
        } finally {
            cluster.startReplica();
        }

        awaitReplicaServes(a, user);
        awaitReplicaServes(b, user);
    }

    @Test
    void givenReplicasWithoutRedis_startUpSaysSoOnce_andOneServerKeepsItsOwnPositions() throws Exception {
        RunningServer alone;
        try (LogLines log = LogLines.of(Wiring.class)) {
            alone = ReplicatedServers.start(cluster.primaryUrl(), cluster.replicaUrl(), "replica_test", "", PREFIX);
            assertThat(log.at(Level.WARNING)).extracting(LogRecord::getMessage).singleElement().asString()
                    .contains("REDIS_URL");
        }
        try (alone) {
            String user = token(UUID.randomUUID(), false);
            for (int i = 1; i <= 10; i++) {
                topUp(alone, user, 1);
                assertThat(balance(alone, user)).isEqualTo(i);
            }
            awaitReplicaServes(alone, user);
            assertThat(balance(alone, user)).isEqualTo(10);
        }
    }

    @Test
    void givenRedisLostThePositions_thePrimaryAnswersUntilTheReplicaCaughtUp() throws Exception {
        String user = token(UUID.randomUUID(), false);
        topUp(a, user, 3);

        TestRedis.deleteKeys(PREFIX);
        long replicaBefore = reads(b, "replica");

        assertThat(balance(b, user)).as("read at once after the loss").isEqualTo(3);
        assertThat(reads(b, "replica")).as("no replica read before it replayed the new epoch").isEqualTo(replicaBefore);
        awaitReplicaServes(b, user);
        assertThat(balance(b, user)).isEqualTo(3);
    }
}
