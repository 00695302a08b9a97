package dev.agentdata.adapter.memory.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.contract.RequestQuotasContractTest;
import dev.agentdata.application.port.out.Quota;
import dev.agentdata.application.port.out.RequestQuotas;

class InMemoryRequestQuotasTest extends RequestQuotasContractTest {
    @Override
    protected RequestQuotas quotas() {
        return new InMemoryRequestQuotas();
    }

    @Test
    void givenManyKeysUsedOnce_theyAreDroppedSoonAfterTheirWindow() throws InterruptedException {
        InMemoryRequestQuotas quotas = new InMemoryRequestQuotas();
        // a window well above the 10,000 takes' time on a loaded machine (200 ms was not: some expired before the count)
        Quota quota = new Quota(10, Duration.ofSeconds(2));
        for (int i = 0; i < 10_000; i++) {
            quotas.take("address:10.0." + (i / 256) + "." + (i % 256), quota);
        }
        assertThat(quotas.size()).isEqualTo(10_000);

        // Caffeine's timer wheel expires in steps of about a second
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (quotas.size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertThat(quotas.size()).isZero();
    }
}
