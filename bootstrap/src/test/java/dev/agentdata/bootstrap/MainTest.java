package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;

class MainTest {
    private static final String SECRET = "test-secret-test-secret-test-secret-0123";
    private static final String SUB = "3f1c1d2e-0000-4000-8000-000000000001";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(ConfigLoader.load(env), args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void token_printsHs256JwtSignedWithTheConfiguredSecret() throws Exception {
        int code = run(Map.of("JWT_SECRET", SECRET), "token", "--sub", SUB, "--email", "ada@example.org",
                "--name", "Ada", "--admin", "--ttl", "30m");

        assertThat(code).isZero();
        SignedJWT jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(SUB);
        assertThat(claims.getStringClaim("email")).isEqualTo("ada@example.org");
        assertThat(claims.getJSONObjectClaim("user_metadata")).containsEntry("name", "Ada");
        assertThat(claims.getStringClaim("role")).isEqualTo("admin");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(claims.getExpirationTime()).isAfter(new Date());
    }

    @Test
    void token_withoutNameOrAdmin_hasNeitherClaim() throws Exception {
        run(Map.of("JWT_SECRET", SECRET), "token", "--sub", SUB, "--email", "b@example.org");

        JWTClaimsSet claims = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip()).getJWTClaimsSet();
        assertThat(claims.getClaims()).doesNotContainKeys("user_metadata", "role");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void token_withoutSecret_exitsWithCode2AndOneLine() {
        int code = run(Map.of(), "token", "--sub", SUB, "--email", "a@b.io");

        assertThat(code).isEqualTo(Main.CONFIG_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("agentdata: JWT_SECRET is not set").hasLineCount(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void token_badArguments_areUsageErrors() {
        assertThat(run(Map.of("JWT_SECRET", SECRET), "token", "--sub", "not-a-uuid", "--email", "a@b.io")).isEqualTo(2);
        assertThat(run(Map.of("JWT_SECRET", SECRET), "token", "--sub", SUB, "--email", "a@b.io", "--ttl", "soon"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a lifetime");
    }

    @Test
    void serve_withoutSecret_refusesToStart() {
        int code = run(Map.of("STORAGE", "memory", "SERVER_PORT", "0"), "serve");

        assertThat(code).isEqualTo(Main.CONFIG_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("agentdata: JWT_SECRET is not set");
    }

    @Test
    void noArguments_meansServe() {
        int code = run(Map.of("STORAGE", "memory", "SERVER_PORT", "0", "JWT_SECRET", "short"));

        assertThat(code).isEqualTo(Main.CONFIG_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("agentdata: JWT_SECRET is 5 bytes long; HS256 needs at least 32"
                + System.lineSeparator());
    }

    @Test
    void serve_withUnknownStorage_listsTheInstalledOnesInOneLineAndExits2() {
        int code = run(Map.of("STORAGE", "mongo", "SERVER_PORT", "0", "JWT_SECRET", SECRET), "serve");

        assertThat(code).isEqualTo(Main.CONFIG_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("agentdata: STORAGE must be one of memory, postgres, was 'mongo'" + System.lineSeparator());
    }

    @Test
    void serve_withMalformedStorageSetting_namesTheVariableInOneLineAndExits2() {
        int code = run(Map.of("STORAGE", "memory", "DB_CONNECT_TIMEOUT", "soon", "JWT_SECRET", SECRET), "serve");

        assertThat(code).isEqualTo(Main.CONFIG_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("agentdata: DB_CONNECT_TIMEOUT (db.connect-timeout)"
                + " must be a whole number, was 'soon'" + System.lineSeparator());
    }

    @Test
    void serve_withMalformedSweepInterval_namesTheVariableInOneLineAndExits2() {
        int code = run(Map.of("STORAGE", "memory", "EXECUTIONS_SWEEP_INTERVAL", "x", "JWT_SECRET", SECRET), "serve");

        assertThat(code).isEqualTo(Main.CONFIG_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("agentdata: EXECUTIONS_SWEEP_INTERVAL").hasLineCount(1);
    }
}
