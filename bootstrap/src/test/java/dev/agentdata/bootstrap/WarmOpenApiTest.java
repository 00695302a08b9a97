package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The OpenAPI model is built without a request for it (the fuzzer's first GET /openapi took 5.9 s under load). */
class WarmOpenApiTest {
    @Test
    void theModelIsBuiltInTheBackground_beforeAnyRequest() throws Exception {
        WarmOpenApi warm = WarmOpenApi.start();

        warm.ready().get(60, TimeUnit.SECONDS);

        assertThat(warm.ready()).isCompleted();
        assertThat(warm.feature().name()).isNotBlank();
    }
}
