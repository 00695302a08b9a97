package dev.agentdata.bootstrap;

import java.util.Locale;
import java.util.function.LongSupplier;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/**
 * Liveness of the heap, in place of Helidon's {@code heapMemory} check whose {@code free} is the unused part of the
 * heap committed so far while its {@code percentFree} is measured against the most the heap may grow to (39 MB
 * "free" beside "99.72%"). Here every figure is against that maximum: {@code used + free = max} and
 * {@code percentFree = free / max}. DOWN when less than 2% is free, Helidon's own threshold.
 */
final class HeapHealthCheck implements HealthCheck {
    static final String NAME = "heapMemory";
    private static final double MIN_PERCENT_FREE = 2.0;

    private final LongSupplier usedBytes;
    private final LongSupplier maxBytes;

    HeapHealthCheck(LongSupplier usedBytes, LongSupplier maxBytes) {
        this.usedBytes = usedBytes;
        this.maxBytes = maxBytes;
    }

    /** The running JVM's heap. */
    static HeapHealthCheck ofRuntime() {
        Runtime runtime = Runtime.getRuntime();
        return new HeapHealthCheck(() -> runtime.totalMemory() - runtime.freeMemory(), runtime::maxMemory);
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.LIVENESS;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public HealthCheckResponse call() {
        long max = maxBytes.getAsLong();
        long used = Math.min(usedBytes.getAsLong(), max);
        long free = max - used;
        double percentFree = 100.0 * free / max;
        return HealthCheckResponse.builder()
                .status(percentFree >= MIN_PERCENT_FREE)
                .detail("used", readable(used))
                .detail("usedBytes", used)
                .detail("free", readable(free))
                .detail("freeBytes", free)
                .detail("max", readable(max))
                .detail("maxBytes", max)
                .detail("percentFree", String.format(Locale.ROOT, "%.2f%%", percentFree))
                .build();
    }

    /** Bytes in the largest unit that keeps the number at least 1, with two decimals: {@code 5.89 GB}. */
    static String readable(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.2f %s", value, units[unit]);
    }
}
