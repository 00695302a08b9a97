package dev.agentdata.adapter.http.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.common.RequestUser;
import dev.agentdata.application.port.out.ReplicaReads;

/**
 * The one place that applies each route's {@link ReplicaPolicy}: a GET a replica may answer runs in a replica-read
 * scope for its caller; every other GET reads the primary; a write that answers 2xx tells the storage whose data it
 * changed just before the answer leaves (so a read the client sends next, to any server, sees it). Without replicas
 * the handlers run as declared, at no cost.
 */
final class ReplicaScopes {
    private ReplicaScopes() {
    }

    static Handler apply(Route route, ReplicaReads replicas) {
        Handler handler = route.handler();
        if (replicas == ReplicaReads.PRIMARY_ONLY) {
            return handler;
        }
        if (route.method().equals(Method.GET)) {
            return route.replicas().replicaMayAnswer() ? (req, res) -> ownData(replicas, handler, req, res) : handler;
        }
        return (req, res) -> {
            res.beforeSend(() -> {
                if (res.status().family() == Status.Family.SUCCESSFUL) {
                    replicas.changed(changedUsers(route.replicas(), req));
                }
            });
            handler.handle(req, res);
        };
    }

    private static void ownData(ReplicaReads replicas, Handler handler, ServerRequest req, ServerResponse res)
            throws Exception {
        // a handler's checked exception leaves the Runnable of the read scope here, and is thrown after it
        Exception[] checked = new Exception[1];
        replicas.ofOwnData(RequestUser.of(req).userId(), () -> {
            try {
                handler.handle(req, res);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                checked[0] = e;
            }
        });
        if (checked[0] != null) {
            throw checked[0];
        }
    }

    private static List<UUID> changedUsers(ReplicaPolicy policy, ServerRequest req) {
        List<UUID> users = new ArrayList<>(2);
        users.add(RequestUser.of(req).userId());
        policy.changedUserParameter().flatMap(p -> req.path().pathParameters().first(p).asOptional())
                .flatMap(ReplicaScopes::uuid).ifPresent(users::add);
        return users;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
