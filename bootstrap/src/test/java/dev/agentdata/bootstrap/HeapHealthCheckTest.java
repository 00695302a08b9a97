package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The heap check's figures agree with each other: used + free = max, percentFree = free / max. */
class HeapHealthCheckTest {
    private static final long MB = 1024 * 1024;

    @Test
    void freeAndPercentFree_areBothMeasuredAgainstTheMaximum() {
        HealthCheckResponse r = new HeapHealthCheck(() -> 18 * MB, () -> 1024 * MB).call();

        assertThat(r.status()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(r.details()).containsEntry("used", "18.00 MB").containsEntry("usedBytes", 18 * MB)
                .containsEntry("free", "1006.00 MB").containsEntry("freeBytes", 1006 * MB)
                .containsEntry("max", "1.00 GB").containsEntry("maxBytes", 1024 * MB)
                .containsEntry("percentFree", "98.24%");
    }

    @Test
    void lessThanTwoPercentFree_isDown() {
        assertThat(new HeapHealthCheck(() -> 99 * MB, () -> 100 * MB).call().status())
                .isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(new HeapHealthCheck(() -> 98 * MB, () -> 100 * MB).call().status())
                .isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void readable_usesTheLargestUnitThatKeepsANumberOfAtLeastOne() {
        assertThat(HeapHealthCheck.readable(512)).isEqualTo("512 bytes");
        assertThat(HeapHealthCheck.readable(1536)).isEqualTo("1.50 kB");
        assertThat(HeapHealthCheck.readable(6_320_816_128L)).isEqualTo("5.89 GB");
    }
}
