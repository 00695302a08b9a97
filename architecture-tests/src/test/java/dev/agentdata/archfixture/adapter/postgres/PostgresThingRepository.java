package dev.agentdata.archfixture.adapter.postgres;

import dev.agentdata.archfixture.adapter.memory.InMemoryThingRepository;
import dev.agentdata.archfixture.application.port.out.ThingRepository;
import dev.agentdata.archfixture.domain.GoodDomainValue;

/** Fixture violating "no adapter depends on another adapter": it delegates to the memory adapter. */
public class PostgresThingRepository implements ThingRepository {
    private final InMemoryThingRepository fallback = new InMemoryThingRepository();

    @Override
    public void save(GoodDomainValue value) {
        fallback.save(value);
    }
}
