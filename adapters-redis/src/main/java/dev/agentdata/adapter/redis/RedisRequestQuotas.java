package dev.agentdata.adapter.redis;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;

import dev.agentdata.application.port.out.Quota;
import dev.agentdata.application.port.out.QuotaUse;
import dev.agentdata.application.port.out.RequestQuotas;

/**
 * Request quotas that every server shares: a Bucket4j bucket per key in Redis (compare-and-swap on one key
 * {@code <prefix>quota:<key>}, which expires once the bucket is whole again). Concurrent requests of one key on this
 * server are batched into one compare-and-swap, so a caller's burst does not turn into a retry storm. Fails with
 * {@code SharedStateUnavailableException} past the call budget and while Redis is down.
 */
public final class RedisRequestQuotas implements RequestQuotas {
    /** Each command has the connection's budget; a take (a read and a compare-and-swap) may spend two. */
    private static final int COMMANDS_PER_TAKE = 2;

    private final RedisConnection redis;
    private final ProxyManager<byte[]> buckets;
    private final Cache<String, KeyProxy> proxies = Caffeine.newBuilder()
            .expireAfter(Expiry.accessing((String key, KeyProxy proxy) -> proxy.window()))
            .build();

    public RedisRequestQuotas(RedisConnection redis) {
        this.redis = redis;
        this.buckets = new Bucket4jLettuce.LettuceBasedProxyManagerBuilder<byte[]>(new BucketRedisApi<>(redis))
                .requestTimeout(redis.settings().callBudget().multipliedBy(COMMANDS_PER_TAKE))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(1)))
                .build();
    }

    @Override
    public QuotaUse take(String key, Quota quota) {
        BucketProxy bucket = proxies.get(key, k -> new KeyProxy(buckets.builder()
                .withOptimization(Optimizations.batching())
                .build(redis.key("quota:" + k), () -> configuration(quota)), quota.window())).bucket();
        return redis.call(connection -> {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            return new QuotaUse(probe.isConsumed(), probe.getRemainingTokens(),
                    Duration.ofNanos(Math.max(1, probe.getNanosToWaitForReset())));
        });
    }

    private static BucketConfiguration configuration(Quota quota) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(quota.requests())
                        .refillIntervally(quota.requests(), quota.window()).build())
                .build();
    }

    /** The proxy of one key's bucket (kept so that concurrent takes batch), dropped a window after its last use. */
    private record KeyProxy(BucketProxy bucket, Duration window) {
    }
}
