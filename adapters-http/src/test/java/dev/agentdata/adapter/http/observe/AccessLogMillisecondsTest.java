package dev.agentdata.adapter.http.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The access line's {@code ms=} prints what {@code %.1f} printed, without a Formatter per request. */
class AccessLogMillisecondsTest {

    @Test
    void milliseconds_areWhatPercentPointOneFPrints() {
        long[] edges = {0, 1, 49_999, 50_000, 99_999, 100_000, 149_999, 150_000, 950_000, 999_999, 1_000_000,
                1_049_999, 1_050_000, 12_345_678, 9_999_950_000L, 86_400_000_000_000L};
        for (long nanos : edges) {
            assertThat(AccessLog.milliseconds(nanos)).as("%d ns", nanos).isEqualTo(formatted(nanos));
        }
        Random random = new Random(9);
        for (int i = 0; i < 100_000; i++) {
            long nanos = (long) (random.nextDouble() * Math.pow(10, 1 + random.nextInt(11)));
            assertThat(AccessLog.milliseconds(nanos)).as("%d ns", nanos).isEqualTo(formatted(nanos));
        }
    }

    @Test
    void theLine_carriesThem() {
        assertThat(AccessLog.line("GET", "/api/v1/me", "/api/v1/me", 200, 2_350_000, "r1", "-"))
                .isEqualTo("method=GET path=/api/v1/me route=/api/v1/me status=200 ms=2.4 request_id=r1 user=-");
    }

    private static String formatted(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }
}
