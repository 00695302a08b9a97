package dev.agentdata.application.port.out.storage;

/**
 * How a storage adapter's test-jar opens a fresh, empty storage of its kind when its provider needs more than no
 * settings (a server to point at, a schema to drop after). Registered through {@code ServiceLoader}, so tests of
 * other modules get one without naming the adapter; see {@link FreshStorages}.
 */
public interface FreshStorageFactory {
    /** The {@link StorageProvider#kind()} this factory opens. */
    String kind();

    /** A fresh, empty storage; closing it releases and removes what it created. */
    OpenedStorage openFresh();
}
