package dev.agentdata.application.service.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.in.limit.QuotaDecision;
import dev.agentdata.application.port.out.Quota;
import dev.agentdata.application.port.out.QuotaUse;
import dev.agentdata.application.port.out.RequestQuotas;
import dev.agentdata.application.port.out.SharedStateUnavailableException;
import dev.agentdata.domain.apikey.ApiKeyPermission;
import dev.agentdata.domain.user.UserContext;

class RateLimitServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    private static final UUID USER = UUID.randomUUID();

    /** Counts per key with no time: enough to see which key a request was counted under. */
    private static final class CountingQuotas implements RequestQuotas {
        final Map<String, Long> taken = new HashMap<>();
        final List<String> keys = new ArrayList<>();

        @Override
        public QuotaUse take(String key, Quota quota) {
            keys.add(key);
            long n = taken.merge(key, 1L, Long::sum);
            return new QuotaUse(n <= quota.requests(), Math.max(0, quota.requests() - n), Duration.ofSeconds(7));
        }
    }

    private static final RequestQuotas DOWN = (key, quota) -> {
        throw new SharedStateUnavailableException("down", null);
    };

    @Test
    void givenLimitsOff_everyRequestIsAllowed_andNothingIsCounted() {
        CountingQuotas quotas = new CountingQuotas();
        RateLimitService service = new RateLimitService(RateLimits.OFF, quotas, quotas, CLOCK);

        assertThat(service.admit(UserContext.ofToken(USER, false))).isEqualTo(QuotaDecision.unlimited());
        assertThat(service.countFailure("10.0.0.1")).isEqualTo(QuotaDecision.unlimited());
        assertThat(quotas.keys).isEmpty();
    }

    @Test
    void aUserAndEachOfTheirApiKeys_countApart() {
        CountingQuotas quotas = new CountingQuotas();
        RateLimitService service = new RateLimitService(new RateLimits(2, 5, Duration.ofSeconds(10)), quotas, quotas,
                CLOCK);
        UUID key1 = UUID.randomUUID();
        UUID key2 = UUID.randomUUID();

        service.admit(UserContext.ofToken(USER, false));
        service.admit(UserContext.ofApiKey(USER, key1, Set.of(ApiKeyPermission.READ_GRAPH)));
        service.admit(UserContext.ofApiKey(USER, key2, Set.of(ApiKeyPermission.READ_GRAPH)));
        QuotaDecision second = service.admit(UserContext.ofToken(USER, true));
        QuotaDecision third = service.admit(UserContext.ofToken(USER, false));

        assertThat(quotas.keys).containsExactly("caller:user:" + USER, "caller:key:" + key1, "caller:key:" + key2,
                "caller:user:" + USER, "caller:user:" + USER);
        assertThat(second).isEqualTo(new QuotaDecision(true, 2, 0, Duration.ofSeconds(7)));
        assertThat(third.allowed()).isFalse();
    }

    @Test
    void givenTheSharedQuotasUnavailable_thisServersOwnCount() {
        CountingQuotas local = new CountingQuotas();
        RateLimitService service = new RateLimitService(new RateLimits(1, 1, Duration.ofSeconds(10)), DOWN, local,
                CLOCK);

        assertThat(service.admit(UserContext.ofToken(USER, false)).allowed()).isTrue();
        assertThat(service.admit(UserContext.ofToken(USER, false)).allowed()).isFalse();
        assertThat(local.keys).hasSize(2);
    }

    @Test
    void givenAnAddressOverItsFailures_itIsRefusedUntilTheReset_andOthersAreNot() {
        CountingQuotas quotas = new CountingQuotas();
        RateLimitService service = new RateLimitService(new RateLimits(100, 2, Duration.ofSeconds(10)), quotas,
                quotas, CLOCK);

        assertThat(service.countFailure("10.0.0.1").allowed()).isTrue();
        assertThat(service.refusal("10.0.0.1")).isEmpty();
        assertThat(service.countFailure("10.0.0.1").allowed()).isTrue();
        assertThat(service.refusal("10.0.0.1")).isEmpty();
        assertThat(service.countFailure("10.0.0.1").allowed()).isFalse();

        assertThat(service.refusal("10.0.0.1")).hasValue(new QuotaDecision(false, 2, 0, Duration.ofSeconds(7)));
        assertThat(service.refusal("10.0.0.2")).isEmpty();
        assertThat(quotas.keys).containsOnly("address:10.0.0.1");

        RateLimitService later = new RateLimitService(new RateLimits(100, 2, Duration.ofSeconds(10)), quotas, quotas,
                Clock.offset(CLOCK, Duration.ofSeconds(8)));
        assertThat(later.refusal("10.0.0.1")).isEmpty();
    }
}
