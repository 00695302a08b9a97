package dev.agentdata.archfixture.adapter.memory;

import dev.agentdata.archfixture.application.port.out.ThingRepository;
import dev.agentdata.archfixture.domain.GoodDomainValue;

/** Fixture violating the naming rule: implements ThingRepository but is not InMemoryThingRepository. */
public class ThingStore implements ThingRepository {
    @Override
    public void save(GoodDomainValue value) {
    }
}
