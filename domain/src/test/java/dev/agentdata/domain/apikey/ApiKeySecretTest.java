package dev.agentdata.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

class ApiKeySecretTest {
    @Property(tries = 200)
    void anyRandomBytes_makeAWellFormedKey(@ForAll @Size(32) byte[] bytes) {
        ApiKeySecret s = ApiKeySecret.fromRandomBytes(bytes);
        assertThat(s.value()).startsWith("agd_").hasSize(47).matches("agd_[A-Za-z0-9_-]{43}");
        assertThat(ApiKeySecret.parse(s.value())).contains(s);
        assertThat(s.hash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(s.matches(s.hash())).isTrue();
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
