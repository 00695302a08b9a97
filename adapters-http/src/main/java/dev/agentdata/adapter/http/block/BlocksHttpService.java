package dev.agentdata.adapter.http.block;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.application.port.in.block.ListBlocksUseCase;

/** {@code GET /api/v1/blocks}: the block catalog as a bare array. */
public final class BlocksHttpService implements HttpService {
    private final ResponseWriter responses;
    private final ListBlocksUseCase blocks;

    public BlocksHttpService(ResponseWriter responses, ListBlocksUseCase blocks) {
        this.responses = responses;
        this.blocks = blocks;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/api/v1/blocks", (req, res) ->
                        responses.json(res, Status.OK_200, blocks.listBlocks().stream().map(BlockResponse::from).toList()))
                .any("/api/v1/blocks", MethodNotAllowedException.handler("GET"));
    }
}
