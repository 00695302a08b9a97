package dev.agentdata.adapter.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.agentdata.adapter.http.limit.RequestAdmission;
import dev.agentdata.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.agentdata.application.service.limit.RateLimitService;
import dev.agentdata.application.service.limit.RateLimits;
import dev.agentdata.application.service.limit.WindowedRequestQuotas;
import dev.agentdata.domain.apikey.ApiKeyPermission;
import dev.agentdata.domain.user.UserContext;

/**
 * The fake-backed API of {@link FakeUseCases} behind real rate limits on this server's own counts. Every key starting with
 * {@code agd_rate_} is a {@code read_graph} key of {@link #OWNER} with an id of its own (the same for the same key).
 */
final class RateLimitedApi {
    static final UUID OWNER = UUID.randomUUID();

    private RateLimitedApi() {
    }

    /** A key no other test uses. */
    static String freshKey() {
        return "agd_rate_" + UUID.randomUUID();
    }

    static HttpApi of(long callerRequests, long failedAuthentications, Duration window) {
        TestApiServices fakes = FakeUseCases.services(true);
        WindowedRequestQuotas counts = new WindowedRequestQuotas();
        RateLimitService limits = new RateLimitService(new RateLimits(callerRequests, failedAuthentications, window),
                counts, counts, Clock.systemUTC());
        HttpToolkit http = HttpToolkit.of(HttpSettings.of(Tokens.SECRET));
        return new HttpApi(http, fakes.identities(), keys(), new RequestAdmission(limits, limits, limits),
                fakes.services(http));
    }

    private static AuthenticateApiKeyUseCase keys() {
        return raw -> raw.startsWith("agd_rate_")
                ? Optional.of(UserContext.ofApiKey(OWNER, UUID.nameUUIDFromBytes(raw.getBytes(StandardCharsets.UTF_8)),
                        Set.of(ApiKeyPermission.READ_GRAPH)))
                : Optional.empty();
    }
}
