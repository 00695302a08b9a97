package dev.agentdata.adapter.http.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.agentdata.adapter.http.common.UnauthorizedException;
import dev.agentdata.application.port.in.user.TokenClaims;

/**
 * Verifies a bearer token: header algorithm exactly HS256, HMAC with the configured secret, {@code exp} present
 * and in the future, {@code sub} a UUID, {@code email} present. Anything else is an {@link UnauthorizedException}.
 */
public final class JwtVerifier {
    private static final int MAX_REMEMBERED = 10_000;

    private final byte[] secret;
    private final Clock clock;
    private final ConcurrentHashMap<String, Remembered> verified = new ConcurrentHashMap<>();

    public JwtVerifier(String secret, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** The identity of a verified token, and whether it carries {@code role: admin}. */
    public record Verified(TokenClaims claims, boolean admin) {
    }

    /**
     * Verifies {@code token}. A token that verified before is answered from memory until its {@code exp}: the same
     * string carries the same signature and claims, so only the expiry needs checking again.
     */
    public Verified verify(String token) {
        Remembered known = verified.get(token);
        if (known != null) {
            if (known.expiresAt().isAfter(clock.instant())) {
                return known.verified();
            }
            verified.remove(token);
        }
        Remembered fresh = verifyFully(token);
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(token, fresh);
        return fresh.verified();
    }

    private Remembered verifyFully(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw invalid();
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getSignature() == null) {
            throw invalid();
        }
        byte[] expected = hmac(jwt.getSigningInput());
        if (!MessageDigest.isEqual(expected, jwt.getSignature().decode())) {
            throw invalid();
        }
        try {
            Date exp = claims.getExpirationTime();
            if (exp == null || !exp.toInstant().isAfter(clock.instant())) {
                throw invalid();
            }
            String sub = claims.getSubject();
            UUID subject = UUID.fromString(sub);
            if (!subject.toString().equalsIgnoreCase(sub)) {
                throw invalid();
            }
            String email = claims.getStringClaim("email");
            if (email == null || email.isBlank() || email.indexOf('\0') >= 0) {
                throw invalid();
            }
            String name = null;
            Map<String, Object> meta = claims.getJSONObjectClaim("user_metadata");
            if (meta != null && meta.get("name") instanceof String n && !n.isBlank()) {
                if (n.indexOf('\0') >= 0) {
                    throw invalid();
                }
                name = n;
            }
            boolean admin = "admin".equals(claims.getClaim("role"));
            return new Remembered(new Verified(new TokenClaims(subject, email, name), admin), exp.toInstant());
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            throw invalid();
        }
    }

    private record Remembered(Verified verified, Instant expiresAt) {
    }

    private byte[] hmac(byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static UnauthorizedException invalid() {
        return new UnauthorizedException("the bearer token is invalid or expired");
    }
}
