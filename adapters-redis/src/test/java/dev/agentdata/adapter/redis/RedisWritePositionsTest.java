package dev.agentdata.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.contract.WritePositionsContractTest;
import dev.agentdata.application.port.out.WritePositions;

/**
 * The write-position contract on the machine's Redis (a prefix of this test's own, deleted afterwards), plus what
 * only a shared store shows: servers see each other's positions, and lost state or an outage means no floor until a
 * new epoch.
 */
class RedisWritePositionsTest extends WritePositionsContractTest {
    private static final Duration KEEP = Duration.ofMinutes(1);
    private final String prefix = TestRedis.freshPrefix();
    private RedisConnection first;
    private RedisConnection second;

    private static RedisConnection connect(RedisURI uri, String prefix) {
        // a generous budget: these tests check what is stored, not the time it takes on a loaded machine
        return RedisConnection.open(new RedisSettings(uri, Duration.ofSeconds(2), prefix));
    }

    @Override
    protected WritePositions positions() {
        if (first == null) {
            first = connect(TestRedis.sharedUri(), prefix);
        }
        assertThat(first.available()).as("the machine's Redis at " + TestRedis.sharedUri()).isTrue();
        return new RedisWritePositions(first);
    }

    @AfterEach
    void cleanUp() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        TestRedis.deleteKeys(prefix);
    }

    @Test
    void aPositionOneServerRemembers_isTheOtherServersFloor() {
        WritePositions one = positions();
        second = connect(TestRedis.sharedUri(), prefix);
        WritePositions two = new RedisWritePositions(second);
        UUID user = UUID.randomUUID();
        one.startEpoch(7);
        two.startEpoch(7);

        one.remember(user, 0x1_2345_6789L, KEEP);

        assertThat(two.floor(user)).isEqualTo(OptionalLong.of(0x1_2345_6789L));
        assertThat(TestRedis.countKeys(prefix)).as("the epoch and one user").isEqualTo(2);
    }

    @Test
    void givenRedisLostItsKeys_thereIsNoFloorUntilANewEpoch() {
        WritePositions positions = positions();
        UUID user = UUID.randomUUID();
        positions.startEpoch(100);
        positions.remember(user, 200, KEEP);

        TestRedis.deleteKeys(prefix);

        assertThat(positions.floor(user)).isEmpty();
        positions.startEpoch(300);
        assertThat(positions.floor(user)).isEqualTo(OptionalLong.of(300));
    }

    @Test
    void givenAnOutage_thereIsNoFloorUntilANewEpoch_evenIfRedisKeptItsKeys() throws Exception {
        int port = TestRedis.freePort();
        Process redis = TestRedis.startServer(port);
        RedisURI uri = RedisURI.create("redis://127.0.0.1:" + port + "/0");
        try (RedisConnection connection = connect(uri, "rw-test:")) {
            WritePositions positions = new RedisWritePositions(connection);
            UUID user = UUID.randomUUID();
            positions.startEpoch(100);

            TestRedis.kill(redis);
            awaitAvailable(connection, false);
            redis = TestRedis.startServer(port);
            awaitAvailable(connection, true);
            setEpochBehindItsBack(uri, "rw-test:rw:epoch", 100);

            assertThat(positions.floor(user)).as("writes during the outage may be unrecorded").isEmpty();
            positions.startEpoch(400);
            assertThat(positions.floor(user)).isEqualTo(OptionalLong.of(400));
        } finally {
            TestRedis.kill(redis);
        }
    }

    private static void setEpochBehindItsBack(RedisURI uri, String key, long position) {
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            c.sync().set(key, String.format("%016x", position));
        } finally {
            client.shutdown();
        }
    }

    private static void awaitAvailable(RedisConnection connection, boolean available) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (connection.available() != available) {
            assertThat(System.nanoTime()).as("Redis available=" + available + " within 5 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
