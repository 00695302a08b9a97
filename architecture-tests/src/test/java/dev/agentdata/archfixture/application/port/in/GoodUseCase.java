package dev.agentdata.archfixture.application.port.in;

import dev.agentdata.archfixture.domain.GoodDomainValue;

/** Fixture: a use case that follows every rule. */
public interface GoodUseCase {
    void handle(GoodDomainValue value);
}
