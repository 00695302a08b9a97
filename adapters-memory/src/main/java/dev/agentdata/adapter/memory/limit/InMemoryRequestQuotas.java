package dev.agentdata.adapter.memory.limit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import dev.agentdata.application.port.out.Quota;
import dev.agentdata.application.port.out.QuotaUse;
import dev.agentdata.application.port.out.RequestQuotas;

/**
 * This server's own request quotas: a Bucket4j bucket per key, refilled whole once per window, dropped once unused
 * for a window (it would be whole again anyway), so that many keys (addresses) cannot grow it without bound.
 */
public final class InMemoryRequestQuotas implements RequestQuotas {
    private final Cache<String, KeyBucket> buckets = Caffeine.newBuilder()
            .expireAfter(Expiry.accessing((String key, KeyBucket bucket) -> bucket.window()))
            .build();

    @Override
    public QuotaUse take(String key, Quota quota) {
        ConsumptionProbe probe = buckets.get(key, k -> KeyBucket.of(quota)).bucket().tryConsumeAndReturnRemaining(1);
        return new QuotaUse(probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(Math.max(1, probe.getNanosToWaitForReset())));
    }

    /** Keys held now (after expired ones are dropped), for tests. */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /** One key's bucket and the window it refills in. */
    private record KeyBucket(Bucket bucket, Duration window) {
        static KeyBucket of(Quota quota) {
            return new KeyBucket(Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(quota.requests())
                            .refillIntervally(quota.requests(), quota.window()).build())
                    .build(), quota.window());
        }
    }
}
