package dev.agentdata.application.service.graph;

import java.util.List;
import java.util.function.Function;
import java.util.Optional;

import dev.agentdata.application.port.in.graph.GraphInput;
import dev.agentdata.application.port.in.graph.LinkInput;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.graph.Block;
import dev.agentdata.domain.graph.GraphContent;
import dev.agentdata.domain.graph.GraphValidator;
import dev.agentdata.domain.graph.Link;

/** Turns a client's graph body into validated content, giving each link a fresh id. */
final class GraphContents {
    private GraphContents() {
    }

    static GraphContent validated(GraphInput input, IdGenerator ids, Function<String, Optional<Block>> blocks) {
        List<Link> links = input.links().stream().map(l -> link(l, ids)).toList();
        GraphContent content = new GraphContent(input.name() == null ? "" : input.name(), input.description(),
                input.isTemplate(), input.nodes(), links);
        List<Violation> violations = GraphValidator.validate(content, blocks);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return content;
    }

    private static Link link(LinkInput l, IdGenerator ids) {
        return new Link(ids.newId(), orEmpty(l.sourceId()), orEmpty(l.sinkId()), orEmpty(l.sourceName()),
                orEmpty(l.sinkName()), l.isStatic());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
