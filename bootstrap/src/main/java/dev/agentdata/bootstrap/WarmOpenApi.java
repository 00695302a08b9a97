package dev.agentdata.bootstrap;

import java.util.concurrent.CompletableFuture;

import io.helidon.openapi.OpenApiFeature;

/**
 * Helidon's OpenAPI feature, its model built in the background as the server starts: Helidon builds it on the first
 * {@code GET /openapi}, which then took seconds on a loaded machine (past the fuzzer's 5 s rule); later requests
 * take milliseconds.
 */
record WarmOpenApi(OpenApiFeature feature, CompletableFuture<Void> ready) {

    static WarmOpenApi start() {
        OpenApiFeature feature = OpenApiFeature.create();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread.ofVirtual().name("openapi-warm-up").start(() -> {
            try {
                feature.initialize();
                ready.complete(null);
            } catch (RuntimeException e) {
                // the first request builds it again and reports the problem as Helidon always did
                ready.completeExceptionally(e);
            }
        });
        return new WarmOpenApi(feature, ready);
    }
}
