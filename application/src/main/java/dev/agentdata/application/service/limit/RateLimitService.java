package dev.agentdata.application.service.limit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.agentdata.application.port.in.limit.AdmitCallerUseCase;
import dev.agentdata.application.port.in.limit.CountFailedAuthenticationUseCase;
import dev.agentdata.application.port.in.limit.QuotaDecision;
import dev.agentdata.application.port.in.limit.ScreenAddressUseCase;
import dev.agentdata.application.port.out.Quota;
import dev.agentdata.application.port.out.QuotaUse;
import dev.agentdata.application.port.out.RequestQuotas;
import dev.agentdata.application.port.out.SharedStateUnavailableException;
import dev.agentdata.domain.user.UserContext;

/**
 * The rate limits of API.md: each caller (a user by token, each API key on its own) and each client address's failed
 * authentications count in the shared quotas; while those are unavailable, in this server's own.
 */
public final class RateLimitService implements AdmitCallerUseCase, CountFailedAuthenticationUseCase,
        ScreenAddressUseCase {
    /** Past this many refused addresses the expired ones are dropped, and if none has expired, all. */
    private static final int MAX_REFUSED_ADDRESSES = 100_000;

    private final RateLimits limits;
    private final RequestQuotas shared;
    private final RequestQuotas local;
    private final Clock clock;
    private final ConcurrentHashMap<String, Instant> refusedUntil = new ConcurrentHashMap<>();

    /**
     * @param shared the quotas all servers share (the same as {@code local} when there is nothing to share)
     * @param local  this server's quotas, used while the shared ones are unavailable
     */
    public RateLimitService(RateLimits limits, RequestQuotas shared, RequestQuotas local, Clock clock) {
        this.limits = limits;
        this.shared = shared;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public QuotaDecision admit(UserContext caller) {
        Optional<Quota> quota = limits.callerQuota();
        if (quota.isEmpty()) {
            return QuotaDecision.unlimited();
        }
        String key = caller.apiKeyId().map(id -> "caller:key:" + id).orElseGet(() -> "caller:user:" + caller.userId());
        return decision(quota.get(), take(key, quota.get()));
    }

    @Override
    public QuotaDecision countFailure(String clientAddress) {
        Optional<Quota> quota = limits.addressQuota();
        if (quota.isEmpty()) {
            return QuotaDecision.unlimited();
        }
        QuotaUse use = take("address:" + clientAddress, quota.get());
        if (!use.granted()) {
            refuse(clientAddress, clock.instant().plus(use.untilReset()));
        }
        return decision(quota.get(), use);
    }

    @Override
    public Optional<QuotaDecision> refusal(String clientAddress) {
        Instant until = refusedUntil.get(clientAddress);
        if (until == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), until);
        if (left.isNegative() || left.isZero()) {
            refusedUntil.remove(clientAddress, until);
            return Optional.empty();
        }
        return Optional.of(new QuotaDecision(false, limits.failedAuthentications(), 0, left));
    }

    private QuotaUse take(String key, Quota quota) {
        try {
            return shared.take(key, quota);
        } catch (SharedStateUnavailableException e) {
            return local.take(key, quota);
        }
    }

    private void refuse(String clientAddress, Instant until) {
        if (refusedUntil.size() >= MAX_REFUSED_ADDRESSES) {
            Instant now = clock.instant();
            refusedUntil.values().removeIf(u -> !u.isAfter(now));
            if (refusedUntil.size() >= MAX_REFUSED_ADDRESSES) {
                refusedUntil.clear();
            }
        }
        refusedUntil.put(clientAddress, until);
    }

    private static QuotaDecision decision(Quota quota, QuotaUse use) {
        return new QuotaDecision(use.granted(), quota.requests(), use.remaining(), use.untilReset());
    }
}
