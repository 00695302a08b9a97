package dev.agentdata.application.port.out.storage;

import java.util.List;

/**
 * One storage adapter's entry point, found at run time through {@link java.util.ServiceLoader} (each adapter lists
 * its provider in {@code META-INF/services/dev.agentdata.application.port.out.storage.StorageProvider}). The
 * composition root picks the provider whose {@link #kind()} the {@code STORAGE} setting names and knows nothing
 * else about it.
 */
public interface StorageProvider {
    /** The name {@code STORAGE} / {@code storage.kind} selects this provider by, e.g. {@code memory}. */
    String kind();

    /** The settings this provider reads; the environment table, the start-up validation and README list them. */
    List<Setting> settings();

    /**
     * Opens a storage: reads {@code configuration} (this provider's settings only), connects and migrates as
     * needed, and hands back the ports with what the server runs beside them. Throws
     * {@link InvalidSettingException} for a value it cannot use and {@link StorageOpenException} when the
     * storage cannot be reached or prepared.
     */
    OpenedStorage open(StorageConfiguration configuration, StorageContext context)
            throws InvalidSettingException, StorageOpenException;
}
