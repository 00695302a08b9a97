package dev.agentdata.archfixture.bootstrap;

import dev.agentdata.archfixture.adapter.memory.InMemoryThingRepository;
import dev.agentdata.archfixture.application.port.in.GoodUseCase;
import dev.agentdata.archfixture.application.service.GoodService;

/** Fixture: the composition root, which alone may see the adapters. */
public final class FixtureWiring {
    private FixtureWiring() {
    }

    public static GoodUseCase wire() {
        return new GoodService(new InMemoryThingRepository());
    }
}
