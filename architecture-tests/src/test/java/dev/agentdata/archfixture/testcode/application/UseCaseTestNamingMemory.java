package dev.agentdata.archfixture.testcode.application;

import dev.agentdata.archfixture.testcode.adapter.memory.MemoryThingStorage;

/** Fixture, deliberately broken: an application test that names an adapter. */
public final class UseCaseTestNamingMemory {
    Object storage() {
        return MemoryThingStorage.fresh();
    }
}
