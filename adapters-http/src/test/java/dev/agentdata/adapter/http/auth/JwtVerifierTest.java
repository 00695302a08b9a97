package dev.agentdata.adapter.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.agentdata.adapter.http.common.UnauthorizedException;

class JwtVerifierTest {
    private static final String SECRET = "unit-test-secret-unit-test-secret-0123456789";
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final JwtVerifier verifier = new JwtVerifier(SECRET, clock);
    private final UUID sub = UUID.randomUUID();

    @Test
    void aRememberedToken_isStillRefusedOnceExpired() throws Exception {
        String token = token(T0.plusSeconds(60));
        assertThat(verifier.verify(token).claims().subject()).isEqualTo(sub);

        clock.now = T0.plusSeconds(61);

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void aTamperedCopyOfAVerifiedToken_isRefused() throws Exception {
        String token = token(T0.plusSeconds(60));
        verifier.verify(token);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2) + "AA";

        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(UnauthorizedException.class);
        assertThat(verifier.verify(token).claims().email()).isEqualTo("a@b.io");
    }

    private String token(Instant exp) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .subject(sub.toString()).claim("email", "a@b.io").expirationTime(Date.from(exp)).build());
        jwt.sign(new MACSigner(SECRET));
        return jwt.serialize();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        private MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
