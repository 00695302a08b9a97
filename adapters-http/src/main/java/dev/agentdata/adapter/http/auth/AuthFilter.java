package dev.agentdata.adapter.http.auth;

import java.util.Optional;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import dev.agentdata.adapter.http.common.UnauthorizedException;
import dev.agentdata.adapter.http.limit.RequestAdmission;
import dev.agentdata.adapter.http.problem.ProblemMapper;
import dev.agentdata.adapter.http.route.RouteTable;
import dev.agentdata.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.agentdata.application.port.in.user.GetOrCreateUserUseCase;
import dev.agentdata.domain.user.User;
import dev.agentdata.domain.user.UserContext;

/**
 * Authenticates every {@code /api/} request (bearer JWT or {@code X-API-Key}), checks the access its route
 * declares in the {@link RouteTable} and registers the caller's {@link UserContext} in the request context; the
 * {@link RequestAdmission} counts each request against the rate limits on the way.
 */
public final class AuthFilter implements Filter {
    static final HeaderName API_KEY = HeaderNames.create("X-API-Key");

    private final JwtVerifier jwt;
    private final GetOrCreateUserUseCase users;
    private final AuthenticateApiKeyUseCase apiKeys;
    private final RouteTable routes;
    private final ProblemMapper problems;
    private final RequestAdmission admission;

    public AuthFilter(JwtVerifier jwt, GetOrCreateUserUseCase users, AuthenticateApiKeyUseCase apiKeys,
                      RouteTable routes, ProblemMapper problems, RequestAdmission admission) {
        this.jwt = jwt;
        this.users = users;
        this.apiKeys = apiKeys;
        this.routes = routes;
        this.problems = problems;
        this.admission = admission;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String path = req.path().path();
        if (!path.startsWith("/api/")) {
            chain.proceed();
            return;
        }
        try {
            admission.screen(req, res);
            UserContext actor = counted(req, res);
            admission.admit(actor, res);
            if (!routes.undeclaredMethod(req.prologue().method(), path)) {
                routes.accessFor(req.prologue().method(), path).check(actor);
            }
            req.context().register(actor);
        } catch (RuntimeException e) {
            problems.write(req, res, e);
            return;
        }
        chain.proceed();
    }

    /** The caller; a failed authentication also counts against the client's address. */
    private UserContext counted(RoutingRequest req, RoutingResponse res) {
        try {
            return authenticate(req);
        } catch (UnauthorizedException e) {
            throw admission.failedAuthentication(req, res, e);
        }
    }

    private UserContext authenticate(RoutingRequest req) {
        Optional<String> authorization = req.headers().first(HeaderNames.AUTHORIZATION);
        if (authorization.isPresent()) {
            String value = authorization.get();
            if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new UnauthorizedException("the Authorization header must be a Bearer token");
            }
            String token = value.substring(7).trim();
            JwtVerifier.Verified verified = jwt.verify(token);
            User user = users.getOrCreate(verified.claims());
            req.context().register((CredentialRecheck) () -> stillValid(token));
            return UserContext.ofToken(user.id(), verified.admin());
        }
        Optional<String> key = req.headers().first(API_KEY);
        if (key.isPresent()) {
            String secret = key.get().trim();
            UserContext actor = apiKeys.authenticate(secret)
                    .orElseThrow(() -> new UnauthorizedException("the API key is unknown or revoked"));
            req.context().register((CredentialRecheck) () -> apiKeys.authenticate(secret).isPresent());
            return actor;
        }
        throw new UnauthorizedException("credentials are required: a Bearer token or an X-API-Key");
    }

    /** The token still verifies: signature and, above all, {@code exp} against the clock now. */
    private boolean stillValid(String token) {
        try {
            jwt.verify(token);
            return true;
        } catch (UnauthorizedException e) {
            return false;
        }
    }
}
