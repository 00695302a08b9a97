package dev.agentdata.archfixture.domain;

import dev.agentdata.archfixture.application.port.in.GoodUseCase;

/** Fixture: domain calling the application, which makes a module cycle (application already uses domain). */
public class ApplicationCallingDomainClass {
    public void run(GoodUseCase useCase) {
        useCase.handle(new GoodDomainValue("x", java.util.List.of()));
    }
}
