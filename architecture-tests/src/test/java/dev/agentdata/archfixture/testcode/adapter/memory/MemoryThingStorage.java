package dev.agentdata.archfixture.testcode.adapter.memory;

/** Fixture: test support of the memory adapter (e.g. a fresh storage for its contract tests). */
public final class MemoryThingStorage {
    public static Object fresh() {
        return new Object();
    }
}
