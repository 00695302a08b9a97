package dev.agentdata.archfixture.testcode.bootstrap;

import dev.agentdata.archfixture.testcode.adapter.memory.MemoryThingStorage;

/** Fixture, allowed: bootstrap's tests wire everything and may name any adapter. */
public final class BootstrapTestWiringMemory {
    Object storage() {
        return MemoryThingStorage.fresh();
    }
}
