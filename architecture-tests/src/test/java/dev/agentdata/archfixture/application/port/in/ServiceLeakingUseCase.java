package dev.agentdata.archfixture.application.port.in;

import dev.agentdata.archfixture.application.service.GoodService;

/** Fixture violating "port.in does not depend on service" (and so making a port.in/service cycle). */
public interface ServiceLeakingUseCase {
    GoodService implementation();
}
