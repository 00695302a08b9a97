package dev.agentdata.bootstrap;

import java.util.List;

import io.helidon.metrics.api.FunctionalCounter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;

import dev.agentdata.application.port.out.storage.StorageMeter;

/**
 * Publishes the meters a storage declares in Helidon's registry, knowing nothing of what they measure; each replaces
 * a meter of the same name and tags left by a storage opened before in this JVM.
 */
final class StorageMeters {
    private StorageMeters() {
    }

    static void register(MeterRegistry registry, List<StorageMeter> meters) {
        for (StorageMeter meter : meters) {
            List<Tag> tags = meter.tags().entrySet().stream().map(t -> Tag.create(t.getKey(), t.getValue())).toList();
            // The meter itself is the state object: the registry holds it weakly, the opened storage strongly.
            // A meter of the same name from an earlier storage in this JVM would win getOrCreate and read that one.
            registry.remove(meter.name(), tags);
            switch (meter.type()) {
                case GAUGE -> registry.getOrCreate(Gauge.builder(meter.name(), meter, m -> m.value().getAsDouble())
                        .tags(tags).description(meter.description()));
                case COUNTER -> registry.getOrCreate(FunctionalCounter.builder(meter.name(), meter,
                                m -> (long) m.value().getAsDouble())
                        .tags(tags).description(meter.description()));
            }
        }
    }
}
