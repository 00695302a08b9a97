package dev.agentdata.adapter.http.block;

import static dev.agentdata.adapter.http.route.Access.READ_BLOCK;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.HttpToolkit;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.adapter.http.route.Routes;
import dev.agentdata.application.port.in.block.ListBlocksUseCase;

/** {@code GET /api/v1/blocks}: the block catalog as a bare array. */
public final class BlocksHttpService implements ApiService {
    private final ResponseWriter responses;
    private final ListBlocksUseCase listBlocks;

    public BlocksHttpService(HttpToolkit http, ListBlocksUseCase listBlocks) {
        this.responses = http.responses();
        this.listBlocks = listBlocks;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/v1/blocks", READ_BLOCK, this::list);
    }

    private void list(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200, listBlocks.listBlocks().stream().map(BlockResponse::from).toList());
    }
}
