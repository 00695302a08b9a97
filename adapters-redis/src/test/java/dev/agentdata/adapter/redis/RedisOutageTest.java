package dev.agentdata.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.logging.Level;

import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.Quota;
import dev.agentdata.application.port.out.RequestQuotas;
import dev.agentdata.application.port.out.SharedStateUnavailableException;

/**
 * Redis down: calls fail at once with {@link SharedStateUnavailableException} (no budget waited per call), one
 * line is logged when it goes down and one when it is back, and it comes back by itself.
 */
class RedisOutageTest {
    private static final Quota QUOTA = new Quota(1_000, Duration.ofMinutes(1));

    @Test
    void givenNothingListening_callsFailAtOnce_andOneLineIsLogged() throws Exception {
        int closed = TestRedis.freePort();
        try (LogLines log = LogLines.of(RedisConnection.class);
             RedisConnection redis = RedisConnection.open(TestRedis.settings(
                     RedisURI.create("redis://127.0.0.1:" + closed + "/0"), TestRedis.freshPrefix()))) {
            RequestQuotas quotas = new RedisRequestQuotas(redis);

            assertThat(redis.available()).isFalse();
            long start = System.nanoTime();
            for (int i = 0; i < 1_000; i++) {
                assertThatThrownBy(() -> quotas.take("caller:user:x", QUOTA))
                        .isInstanceOf(SharedStateUnavailableException.class);
            }
            Duration thousandCalls = Duration.ofNanos(System.nanoTime() - start);

            assertThat(thousandCalls).as("1,000 calls while Redis is known down").isLessThan(Duration.ofMillis(500));
            assertThat(log.at(Level.WARNING)).hasSize(1);
            assertThat(log.at(Level.WARNING).getFirst().getMessage()).contains("unavailable");
        }
    }

    @Test
    void givenRedisKilledAndStartedAgain_itGoesDownOnce_andRecoversByItself() throws Exception {
        int port = TestRedis.freePort();
        Process server = TestRedis.startServer(port);
        try (LogLines log = LogLines.of(RedisConnection.class);
             RedisConnection redis = RedisConnection.open(TestRedis.settings(
                     RedisURI.create("redis://127.0.0.1:" + port + "/0"), TestRedis.freshPrefix()))) {
            RequestQuotas quotas = new RedisRequestQuotas(redis);
            assertThat(quotas.take("caller:user:y", QUOTA).remaining()).isEqualTo(999);

            TestRedis.kill(server);
            for (int i = 0; i < 200; i++) {
                assertThatThrownBy(() -> quotas.take("caller:user:y", QUOTA))
                        .isInstanceOf(SharedStateUnavailableException.class);
            }
            assertThat(redis.available()).isFalse();
            assertThat(log.at(Level.WARNING)).as("one line when it goes down").hasSize(1);

            server = TestRedis.startServer(port);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!redis.available() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(redis.available()).as("back within 5 s").isTrue();
            assertThat(quotas.take("caller:user:y", QUOTA).remaining()).as("a fresh Redis: a fresh count")
                    .isEqualTo(999);
            assertThat(log.at(Level.INFO)).filteredOn(r -> r.getMessage().contains("available again")).hasSize(1);
            assertThat(log.at(Level.WARNING)).hasSize(1);
        } finally {
            TestRedis.kill(server);
        }
    }
}
