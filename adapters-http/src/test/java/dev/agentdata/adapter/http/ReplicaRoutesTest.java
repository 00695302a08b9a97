package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.http.route.Route;
import dev.agentdata.adapter.http.route.RouteTable;

/**
 * API.md "Running several servers": replicas answer only GETs of the caller's own graphs, executions (with their node
 * executions) and credits; the admin grant also changes the data of the user it names.
 */
class ReplicaRoutesTest {
    @Test
    void theRoutesAReplicaMayAnswer_areTheCallersOwnGraphsExecutionsAndCredits() {
        try (TestStorage storage = TestStorage.memory()) {
            RouteTable table = RouteTable.of(ServiceWiring.on(Clock.systemUTC(), storage)
                    .services(HttpToolkit.of(new HttpSettings(Tokens.SECRET, HttpSettings.DEFAULT_MAX_PAYLOAD_BYTES,
                            Clock.systemUTC()))));

            assertThat(table.routes()).filteredOn(r -> r.replicas().replicaMayAnswer())
                    .extracting(r -> r.method().text() + " " + r.template())
                    .containsExactlyInAnyOrder("GET /api/v1/graphs", "GET /api/v1/graphs/{id}",
                            "GET /api/v1/graphs/{id}/versions", "GET /api/v1/executions",
                            "GET /api/v1/executions/{id}", "GET /api/v1/credits", "GET /api/v1/credits/transactions",
                            "GET /api/v1/credits/auto-top-up");
            assertThat(table.routes()).filteredOn(r -> r.replicas().changedUserParameter().isPresent())
                    .extracting(Route::template, r -> r.replicas().changedUserParameter())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/api/v1/admin/credits/{user_id}/grant",
                            Optional.of("user_id")));
        }
    }
}
