package dev.agentdata.bootstrap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Mints the HS256 tokens agentdata accepts, for the CLI and for dev mode. */
public final class TokenMinter {
    private final byte[] key;

    public TokenMinter(String secret) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < AuthSettings.MIN_SECRET_BYTES) {
            throw new StartupException("the JWT secret must be at least " + AuthSettings.MIN_SECRET_BYTES + " bytes");
        }
    }

    /** A signed token with {@code sub}, {@code email}, optional {@code user_metadata.name} and {@code role}. */
    public String mint(UUID subject, String email, String name, boolean admin, Instant now, Duration ttl) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject.toString())
                .claim("email", email)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
        if (name != null && !name.isBlank()) {
            claims.claim("user_metadata", Map.of("name", name));
        }
        if (admin) {
            claims.claim("role", "admin");
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new StartupException("cannot sign the token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
