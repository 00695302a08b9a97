package dev.agentdata.archfixture.application.service;

import dev.agentdata.archfixture.application.port.in.GoodUseCase;
import dev.agentdata.archfixture.application.port.out.ThingRepository;
import dev.agentdata.archfixture.domain.GoodDomainValue;

/** Fixture: a service that follows every rule. */
public class GoodService implements GoodUseCase {
    private final ThingRepository things;

    public GoodService(ThingRepository things) {
        this.things = things;
    }

    @Override
    public void handle(GoodDomainValue value) {
        things.save(value);
    }
}
