package dev.agentdata.adapter.http.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.UUID;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.ReplicaReads;

/** Each route's replica policy applied once: nothing at all without replicas, a scope only where a route asks. */
class ReplicaScopesTest {
    private static final Handler HANDLER = (req, res) -> res.send();
    private static final ReplicaReads SOME_REPLICAS = new ReplicaReads() {
        @Override
        public void ofOwnData(UUID userId, Runnable reads) {
            reads.run();
        }

        @Override
        public void changed(Collection<UUID> userIds) {
        }
    };

    @Test
    void withoutReplicas_everyRouteRunsItsHandlerAsDeclared() {
        for (Route route : new Route[] {own(), new Route(Method.GET, "/api/v1/store/listings", Access.JWT_ONLY,
                HANDLER), new Route(Method.POST, "/api/v1/graphs", Access.JWT_ONLY, HANDLER)}) {
            assertThat(ReplicaScopes.apply(route, ReplicaReads.PRIMARY_ONLY)).isSameAs(HANDLER);
        }
    }

    @Test
    void withReplicas_onlyOwnDataReadsAndWritesAreWrapped() {
        Route store = new Route(Method.GET, "/api/v1/store/listings", Access.JWT_ONLY, HANDLER);
        Route write = new Route(Method.POST, "/api/v1/graphs", Access.JWT_ONLY, HANDLER);

        assertThat(ReplicaScopes.apply(store, SOME_REPLICAS)).as("a GET the primary answers").isSameAs(HANDLER);
        assertThat(ReplicaScopes.apply(own(), SOME_REPLICAS)).isNotSameAs(HANDLER);
        assertThat(ReplicaScopes.apply(write, SOME_REPLICAS)).isNotSameAs(HANDLER);
    }

    private static Route own() {
        return new Route(Method.GET, "/api/v1/credits", Access.JWT_ONLY, HANDLER, ReplicaPolicy.OWN_DATA);
    }
}
