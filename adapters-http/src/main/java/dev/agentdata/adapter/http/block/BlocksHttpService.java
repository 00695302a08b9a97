package dev.agentdata.adapter.http.block;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import dev.agentdata.adapter.http.common.JsonCodec;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.application.port.in.block.ListBlocksUseCase;

/** {@code GET /api/v1/blocks}: the block catalog as a bare array. */
public final class BlocksHttpService implements HttpService {
    private final JsonCodec json;
    private final ListBlocksUseCase blocks;

    public BlocksHttpService(JsonCodec json, ListBlocksUseCase blocks) {
        this.json = json;
        this.blocks = blocks;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/api/v1/blocks", (req, res) ->
                        json.send(res, Status.OK_200, blocks.listBlocks().stream().map(BlockResponse::from).toList()))
                .any("/api/v1/blocks", MethodNotAllowedException.handler("GET"));
    }
}
