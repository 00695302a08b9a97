package dev.agentdata.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.contract.RequestQuotasContractTest;
import dev.agentdata.application.port.out.Quota;
import dev.agentdata.application.port.out.RequestQuotas;

/** The quota contract on the machine's Redis, plus what only a shared store shows: two servers, one count. */
class RedisRequestQuotasTest extends RequestQuotasContractTest {
    private final String prefix = TestRedis.freshPrefix();
    private RedisConnection first;
    private RedisConnection second;

    @Override
    protected RequestQuotas quotas() {
        if (first == null) {
            first = RedisConnection.open(TestRedis.settings(TestRedis.sharedUri(), prefix));
        }
        assertThat(first.available()).as("the machine's Redis at " + TestRedis.sharedUri()).isTrue();
        return new RedisRequestQuotas(first);
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
    void givenTwoServersOnOneRedis_theyShareOneCount() {
        RequestQuotas one = quotas();
        second = RedisConnection.open(TestRedis.settings(TestRedis.sharedUri(), prefix));
        RequestQuotas two = new RedisRequestQuotas(second);
        Quota quota = new Quota(4, Duration.ofMinutes(1));

        assertThat(one.take("caller:user:a", quota).remaining()).isEqualTo(3);
        assertThat(two.take("caller:user:a", quota).remaining()).isEqualTo(2);
        assertThat(one.take("caller:user:a", quota).remaining()).isEqualTo(1);
        assertThat(two.take("caller:user:a", quota).remaining()).isZero();

        assertThat(one.take("caller:user:a", quota).granted()).isFalse();
        assertThat(two.take("caller:user:a", quota).granted()).isFalse();
    }

    @Test
    void keysLiveUnderTheConfiguredPrefix_andExpireOnceWholeAgain() throws InterruptedException {
        RequestQuotas quotas = quotas();
        quotas.take("caller:user:b", new Quota(2, Duration.ofMillis(300)));

        assertThat(TestRedis.countKeys(prefix)).isEqualTo(1);
        Thread.sleep(2_000);
        assertThat(TestRedis.countKeys(prefix)).as("expired after the refill plus a second").isZero();
    }
}
