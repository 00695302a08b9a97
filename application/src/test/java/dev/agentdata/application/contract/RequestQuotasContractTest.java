package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.Quota;
import dev.agentdata.application.port.out.QuotaUse;
import dev.agentdata.application.port.out.RequestQuotas;

/**
 * The behaviour every {@link RequestQuotas} adapter must show: a key gets exactly its quota per window, keys count
 * apart, the quota is whole again after the window, and requests racing for the last ones never overdraw it.
 */
public abstract class RequestQuotasContractTest {
    private RequestQuotas quotas;
    private String prefix;

    /** Fresh quotas (a shared store: with keys no other test uses). */
    protected abstract RequestQuotas quotas();

    @BeforeEach
    void open() {
        quotas = quotas();
        prefix = "contract:" + UUID.randomUUID() + ":";
    }

    @Test
    void givenAFreshKey_itGetsExactlyItsQuota_thenIsRefusedUntilTheReset() {
        Quota quota = new Quota(5, Duration.ofMinutes(1));
        for (int i = 1; i <= 5; i++) {
            QuotaUse use = quotas.take(prefix + "a", quota);
            assertThat(use.granted()).as("request " + i).isTrue();
            assertThat(use.remaining()).as("remaining after request " + i).isEqualTo(5 - i);
            assertThat(use.untilReset()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        }

        QuotaUse refused = quotas.take(prefix + "a", quota);

        assertThat(refused.granted()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.untilReset()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void givenOneKeySpent_anotherKeyStillHasItsWholeQuota() {
        Quota quota = new Quota(2, Duration.ofMinutes(1));
        quotas.take(prefix + "spent", quota);
        quotas.take(prefix + "spent", quota);

        QuotaUse other = quotas.take(prefix + "other", quota);

        assertThat(other.granted()).isTrue();
        assertThat(other.remaining()).isEqualTo(1);
        assertThat(quotas.take(prefix + "spent", quota).granted()).isFalse();
    }

    @Test
    void givenASpentKey_afterTheWindow_itsQuotaIsWholeAgain() throws InterruptedException {
        Quota quota = new Quota(3, Duration.ofMillis(700));
        for (int i = 0; i < 3; i++) {
            quotas.take(prefix + "reset", quota);
        }
        QuotaUse refused = quotas.take(prefix + "reset", quota);
        assertThat(refused.granted()).isFalse();

        Thread.sleep(refused.untilReset().toMillis() + 100);

        QuotaUse again = quotas.take(prefix + "reset", quota);
        assertThat(again.granted()).isTrue();
        assertThat(again.remaining()).isEqualTo(2);
    }

    @Test
    void givenRequestsRacingForTheLastOnes_exactlyTheQuotaIsGranted() throws Exception {
        Quota quota = new Quota(20, Duration.ofMinutes(1));
        List<Boolean> granted = ConcurrentTasks.race(60, i -> quotas.take(prefix + "race", quota).granted());

        assertThat(granted.stream().filter(Boolean::booleanValue).count()).isEqualTo(20);
    }
}
