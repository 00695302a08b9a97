package dev.agentdata.adapter.postgres;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphContent;
import dev.agentdata.domain.graph.Link;
import dev.agentdata.domain.graph.Node;
import dev.agentdata.domain.graph.NodeType;
import dev.agentdata.domain.user.User;

/** Domain values for the adapter's own tests. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2026-11-24T10:15:30.123456Z");

    private Fixtures() {
    }

    /** Stores a new user (graphs and executions reference users) and returns its id. */
    public static UUID newUser(PostgresStorage storage) {
        UUID id = UUID.randomUUID();
        return storage.users().insertIfAbsent(User.fromClaims(id, id + "@example.com", null, T0)).id();
    }

    public static User user(String email) {
        return User.fromClaims(UUID.randomUUID(), email, "Ada", T0);
    }

    /** A chain of {@code nodes} nodes, each linked to the next. */
    public static Graph graph(UUID id, int version, UUID owner, int nodes, Instant at) {
        List<Node> ns = new ArrayList<>();
        List<Link> ls = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            ns.add(new Node("n" + i, "text", "node " + i, Map.of("text", "hi " + i, "n", i),
                    Map.of("position", Map.of("x", i, "y", 0)), i == 0 ? NodeType.INPUT : NodeType.STANDARD));
            if (i > 0) {
                ls.add(new Link(UUID.randomUUID(), "n" + (i - 1), "n" + i, "out", "in", i % 2 == 0));
            }
        }
        return new Graph(id, version, true, owner, at, at, new GraphContent("g", "desc", false, ns, ls));
    }

    public static GraphExecution execution(Graph g, UUID user, Instant at) {
        return GraphExecution.queued(UUID.randomUUID(), g.id(), g.version(), user, Map.of("x", 1), at);
    }

    public static Instant at(long secondsAfterT0) {
        return T0.plus(secondsAfterT0, ChronoUnit.SECONDS);
    }
}
