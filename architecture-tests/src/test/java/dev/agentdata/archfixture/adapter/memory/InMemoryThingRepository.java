package dev.agentdata.archfixture.adapter.memory;

import java.util.ArrayList;
import java.util.List;

import dev.agentdata.archfixture.application.port.out.ThingRepository;
import dev.agentdata.archfixture.domain.GoodDomainValue;

/** Fixture: an adapter named technology + port. */
public class InMemoryThingRepository implements ThingRepository {
    private final List<GoodDomainValue> values = new ArrayList<>();

    @Override
    public void save(GoodDomainValue value) {
        values.add(value);
    }
}
