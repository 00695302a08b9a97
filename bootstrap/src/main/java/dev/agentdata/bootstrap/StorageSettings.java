package dev.agentdata.bootstrap;

import java.util.List;
import java.util.Objects;

import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageProvider;

/**
 * Which storage serves ({@code STORAGE}, parsed once into its provider) with the provider's view of the configuration,
 * the variables set for other providers that this one ignores, and the graph cache in front of it.
 */
public record StorageSettings(StorageProvider provider, StorageConfiguration configuration,
                              List<String> unusedVariables, boolean graphCache, long graphCacheMaxWeight) {
    public StorageSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(configuration, "configuration");
        unusedVariables = List.copyOf(unusedVariables);
        if (graphCacheMaxWeight < 1) {
            throw new StartupException("GRAPH_CACHE_MAX_WEIGHT must be positive, was " + graphCacheMaxWeight);
        }
    }

    /** The name {@code STORAGE} chose, e.g. {@code postgres}. */
    public String kind() {
        return provider.kind();
    }
}
