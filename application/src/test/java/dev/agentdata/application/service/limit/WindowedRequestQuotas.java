package dev.agentdata.application.service.limit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.agentdata.application.port.out.Quota;
import dev.agentdata.application.port.out.QuotaUse;
import dev.agentdata.application.port.out.RequestQuotas;

/**
 * Request quotas in process, a fixed window per key from its first request, for tests in modules that must not name
 * an adapter's quotas; it passes the {@code RequestQuotas} contract like the adapters do.
 */
public final class WindowedRequestQuotas implements RequestQuotas {
    /** Key to {@code [window start in nanos, requests taken]}. */
    private final Map<String, long[]> windows = new HashMap<>();

    @Override
    public synchronized QuotaUse take(String key, Quota quota) {
        long now = System.nanoTime();
        long[] window = windows.get(key);
        if (window == null || now - window[0] >= quota.window().toNanos()) {
            window = new long[] {now, 0};
            windows.put(key, window);
        }
        boolean allowed = window[1] < quota.requests();
        if (allowed) {
            window[1]++;
        }
        return new QuotaUse(allowed, quota.requests() - window[1],
                Duration.ofNanos(Math.max(1, window[0] + quota.window().toNanos() - now)));
    }
}
