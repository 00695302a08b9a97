package dev.agentdata.application.service.limit;

import dev.agentdata.application.contract.RequestQuotasContractTest;
import dev.agentdata.application.port.out.RequestQuotas;

/** The test double other modules' tests count on keeps the same contract as the adapters. */
class WindowedRequestQuotasTest extends RequestQuotasContractTest {
    @Override
    protected RequestQuotas quotas() {
        return new WindowedRequestQuotas();
    }
}
