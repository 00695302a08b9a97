package dev.agentdata.archfixture.application.port.out;

import dev.agentdata.archfixture.domain.GoodDomainValue;

/** Fixture: an outgoing port. */
public interface ThingRepository {
    void save(GoodDomainValue value);
}
