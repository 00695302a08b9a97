package dev.agentdata.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.testing.RandomCases;

/** API key secrets: any 32 random bytes make a well-formed key that parses back and matches its own hash. */
class ApiKeySecretTest {
    /** 32 bytes: mostly random, sometimes one repeated byte (0x00, 0xFF, ...) as edge cases. */
    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[32];
        if (random.nextInt(10) == 0) {
            Arrays.fill(bytes, (byte) random.nextInt(256));
        } else {
            random.nextBytes(bytes);
        }
        return bytes;
    }

    @Test
    void anyRandomBytes_makeAWellFormedKey() {
        RandomCases.forAll(200, r -> HexFormat.of().formatHex(randomBytes(r)), hex -> {
            ApiKeySecret s = ApiKeySecret.fromRandomBytes(HexFormat.of().parseHex(hex));
            assertThat(s.value()).startsWith("agd_").hasSize(47).matches("agd_[A-Za-z0-9_-]{43}");
            assertThat(ApiKeySecret.parse(s.value())).contains(s);
            assertThat(s.hash()).hasSize(64).matches("[0-9a-f]{64}");
            assertThat(s.matches(s.hash())).isTrue();
        });
    }

    @Test
    void zeroBytes_giveKnownKeyAndHash() {
        ApiKeySecret s = ApiKeySecret.fromRandomBytes(new byte[32]);
        assertThat(s.value()).isEqualTo("agd_" + "A".repeat(43));
        assertThat(s.head()).isEqualTo("agd_AAAA");
        assertThat(s.tail()).isEqualTo("AAAA");
        assertThat(s.toString()).doesNotContain(s.value());
    }

    @Test
    void malformedKeys_doNotParse() {
        assertThat(ApiKeySecret.parse(null)).isEmpty();
        assertThat(ApiKeySecret.parse("agd_short")).isEmpty();
        assertThat(ApiKeySecret.parse("xyz_" + "A".repeat(43))).isEmpty();
        assertThat(ApiKeySecret.parse("agd_" + "A".repeat(42) + "=")).isEmpty();
        assertThatThrownBy(() -> ApiKeySecret.fromRandomBytes(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differentKeys_doNotMatchEachOthersHash() {
        ApiKeySecret a = ApiKeySecret.fromRandomBytes(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(a.matches(ApiKeySecret.fromRandomBytes(other).hash())).isFalse();
    }
}
