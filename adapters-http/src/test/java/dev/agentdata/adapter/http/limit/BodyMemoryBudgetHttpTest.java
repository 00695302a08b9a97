package dev.agentdata.adapter.http.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.http.json.JsonMapperPolicy;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.adapter.http.problem.ProblemMapper;

/** Large bodies share a memory budget (1 MiB here): past it they wait, then get a 503; small ones never wait. */
@ServerTest
class BodyMemoryBudgetHttpTest {
    private static final int MIB = 1024 * 1024;
    private final Http1Client client;

    BodyMemoryBudgetHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.maxPayloadSize(MIB);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ProblemMapper problems = new ProblemMapper(new ResponseWriter(JsonMapperPolicy.newMapper()));
        routing.addFilter(new BodyMemoryBudget(MIB, MIB, problems, Duration.ofMillis(500)))
                .post("/slow", (req, res) -> {
                    int read = req.content().as(byte[].class).length;
                    Thread.sleep(2_000);
                    res.send("read " + read);
                })
                .post("/fast", (req, res) -> res.send("read " + req.content().as(byte[].class).length));
    }

    private HttpClientResponse post(String path, int bytes) {
        return client.post(path).contentType(MediaTypes.APPLICATION_JSON).submit(new byte[bytes]);
    }

    @Test
    void givenTheBudgetTaken_aLargeBodyWaitsThenGets503_aSmallOneIsServed_andLaterLargeOnesAgain() throws Exception {
        CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> {
            try (HttpClientResponse r = post("/slow", 600 * 1024)) {
                return r.status().code();
            }
        });
        Thread.sleep(500);

        long start = System.nanoTime();
        try (HttpClientResponse refused = post("/fast", 600 * 1024)) {
            assertThat(refused.status()).isEqualTo(Status.SERVICE_UNAVAILABLE_503);
            assertThat(refused.headers().first(io.helidon.http.HeaderNames.RETRY_AFTER)).isPresent();
            assertThat(refused.headers().contentType().map(Object::toString).orElse(""))
                    .startsWith("application/problem+json");
            assertThat(refused.as(String.class)).contains("\"status\":503", "problems/busy");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
        try (HttpClientResponse small = post("/fast", 32 * 1024)) {
            assertThat(small.status()).isEqualTo(Status.OK_200);
        }

        assertThat(slow.get()).isEqualTo(200);
        try (HttpClientResponse again = post("/fast", 600 * 1024)) {
            assertThat(again.status()).isEqualTo(Status.OK_200);
            assertThat(again.as(String.class)).isEqualTo("read " + 600 * 1024);
        }
    }
}
