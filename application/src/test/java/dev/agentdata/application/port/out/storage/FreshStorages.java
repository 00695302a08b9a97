package dev.agentdata.application.port.out.storage;

import java.util.ServiceLoader;

/**
 * A fresh, empty storage of a kind for tests, found through the storage SPI on the test class path: a
 * {@link FreshStorageFactory} of that kind when one is registered, else the kind's {@link StorageProvider} with no
 * settings (memory). Tests outside bootstrap reach other adapters only this way, never by naming their classes.
 */
public final class FreshStorages {
    private FreshStorages() {
    }

    public static OpenedStorage open(String kind) {
        for (FreshStorageFactory factory : ServiceLoader.load(FreshStorageFactory.class)) {
            if (factory.kind().equals(kind)) {
                return factory.openFresh();
            }
        }
        StorageProvider provider = ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no storage of kind " + kind + " on the test class path"));
        try {
            return provider.open(StorageConfiguration.of(java.util.Map.of()), StorageContext.system());
        } catch (InvalidSettingException | StorageOpenException e) {
            throw new IllegalStateException("the test storage " + kind + " did not open: " + e.getMessage(), e);
        }
    }
}
