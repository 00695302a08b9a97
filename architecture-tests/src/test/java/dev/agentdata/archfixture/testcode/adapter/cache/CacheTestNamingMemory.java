package dev.agentdata.archfixture.testcode.adapter.cache;

import dev.agentdata.archfixture.testcode.adapter.memory.MemoryThingStorage;

/** Fixture, deliberately broken: a cache adapter test that names the memory adapter's test support. */
public final class CacheTestNamingMemory {
    Object storage() {
        return MemoryThingStorage.fresh();
    }
}
