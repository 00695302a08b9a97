package dev.agentdata.bootstrap;

import java.util.Locale;

/** Where the data lives: Postgres (external or embedded) or memory (lost on exit). */
public enum StorageKind {
    POSTGRES, MEMORY;

    static StorageKind parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StartupException("STORAGE must be postgres or memory, was '" + value + "'");
        }
    }
}
