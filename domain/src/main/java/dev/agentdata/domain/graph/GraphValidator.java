package dev.agentdata.domain.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.agentdata.domain.common.Violation;

/**
 * The graph rules of API.md. Both checks collect every violation with its path in one O(nodes + links) pass.
 */
public final class GraphValidator {
    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_NODE_ID = 64;
    public static final int MAX_LABEL = 100;
    private static final int MAX_CYCLE_NODES_NAMED = 20;

    private GraphValidator() {
    }

    /** Structural rules for storing a version: fields, node ids, blocks, ports, types, duplicates and cycles. */
    public static List<Violation> validate(GraphContent graph, Function<String, Optional<Block>> blocks) {
        List<Violation> out = new ArrayList<>();
        checkLength(out, "name", graph.name(), MAX_NAME, true);
        checkLength(out, "description", graph.description(), MAX_DESCRIPTION, false);
        List<Node> nodes = graph.nodes();
        if (nodes.isEmpty()) {
            out.add(new Violation("nodes", "a graph needs at least one node"));
        }
        Map<String, Integer> index = new HashMap<>(nodes.size() * 2);
        Block[] nodeBlocks = new Block[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            String p = "nodes[" + i + "]";
            checkLength(out, p + ".id", n.id(), MAX_NODE_ID, true);
            Integer first = index.putIfAbsent(n.id(), i);
            if (first != null) {
                out.add(new Violation(p + ".id", "duplicate node id '" + n.id() + "' (also nodes[" + first + "])"));
            }
            checkLength(out, p + ".label", n.label(), MAX_LABEL, false);
            nodeBlocks[i] = blocks.apply(n.blockId()).orElse(null);
            if (nodeBlocks[i] == null) {
                out.add(new Violation(p + ".block_id", "unknown block '" + n.blockId() + "'"));
            }
        }
        List<Link> links = graph.links();
        Map<LinkKey, Integer> seen = new HashMap<>(links.size() * 2);
        int[][] edges = new int[links.size()][];
        for (int j = 0; j < links.size(); j++) {
            Link l = links.get(j);
            String p = "links[" + j + "]";
            Integer src = index.get(l.sourceId());
            Integer sink = index.get(l.sinkId());
            if (src == null) {
                out.add(new Violation(p + ".source_id", "no node with id '" + l.sourceId() + "'"));
            }
            if (sink == null) {
                out.add(new Violation(p + ".sink_id", "no node with id '" + l.sinkId() + "'"));
            }
            PortSpec out1 = src == null || nodeBlocks[src] == null ? null : nodeBlocks[src].outputSchema().get(l.sourceName());
            PortSpec in1 = sink == null || nodeBlocks[sink] == null ? null : nodeBlocks[sink].inputSchema().get(l.sinkName());
            if (src != null && nodeBlocks[src] != null && out1 == null) {
                out.add(new Violation(p + ".source_name", "block '" + nodeBlocks[src].name() + "' has no output port '"
                        + l.sourceName() + "'"));
            }
            if (sink != null && nodeBlocks[sink] != null && in1 == null) {
                out.add(new Violation(p + ".sink_name", "block '" + nodeBlocks[sink].name() + "' has no input port '"
                        + l.sinkName() + "'"));
            }
            if (out1 != null && in1 != null && !out1.type().feeds(in1.type())) {
                out.add(new Violation(p, "output type " + out1.type().wireName() + " cannot feed input type "
                        + in1.type().wireName()));
            }
            Integer dup = seen.putIfAbsent(new LinkKey(l.sourceId(), l.sinkId(), l.sourceName(), l.sinkName()), j);
            if (dup != null) {
                out.add(new Violation(p, "duplicate of links[" + dup + "]"));
            }
            if (src != null && sink != null) {
                edges[j] = new int[] {src, sink};
            }
        }
        findCycle(nodes, edges).ifPresent(out::add);
        return out;
    }

    /**
     * Rules for starting a run: every required input port of every node is fed by an incoming link, a key in its
     * {@code input_default}, or, for an {@code input} node, a key of {@code inputs} equal to the node's id.
     */
    public static List<Violation> runChecks(GraphContent graph, Map<String, Object> inputs,
                                            Function<String, Optional<Block>> blocks) {
        List<Violation> out = new ArrayList<>();
        Set<String> fed = new HashSet<>(graph.links().size() * 2);
        for (Link l : graph.links()) {
            fed.add(l.sinkId() + '\u0000' + l.sinkName());
        }
        List<Node> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            Optional<Block> block = blocks.apply(n.blockId());
            if (block.isEmpty()) {
                out.add(new Violation("nodes[" + i + "].block_id", "unknown block '" + n.blockId() + "'"));
                continue;
            }
            boolean fedByInputs = n.nodeType() == NodeType.INPUT && inputs != null && inputs.containsKey(n.id());
            for (Map.Entry<String, PortSpec> port : block.get().inputSchema().entrySet()) {
                String name = port.getKey();
                if (port.getValue().required() && !fedByInputs && !n.inputDefault().containsKey(name)
                        && !fed.contains(n.id() + '\u0000' + name)) {
                    out.add(new Violation("nodes[" + i + "].input_default." + name,
                            "required input '" + name + "' of node '" + n.id() + "' is not fed by a link, a default or an execution input"));
                }
            }
        }
        return out;
    }

    private static void checkLength(List<Violation> out, String path, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(new Violation(path, "must not be blank"));
            }
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            out.add(new Violation(path, "must be at most " + max + " characters, was " + length));
        }
    }

    /** Kahn's algorithm; when nodes remain, walk incoming edges inside the remainder until one repeats. */
    private static Optional<Violation> findCycle(List<Node> nodes, int[][] edges) {
        int n = nodes.size();
        int[] indegree = new int[n];
        int[] outCount = new int[n];
        int[] inCount = new int[n];
        for (int[] e : edges) {
            if (e != null) {
                indegree[e[1]]++;
                outCount[e[0]]++;
                inCount[e[1]]++;
            }
        }
        int[][] outgoing = new int[n][];
        int[][] incoming = new int[n][];
        for (int i = 0; i < n; i++) {
            outgoing[i] = new int[outCount[i]];
            incoming[i] = new int[inCount[i]];
        }
        int[] outFill = new int[n];
        int[] inFill = new int[n];
        for (int j = 0; j < edges.length; j++) {
            int[] e = edges[j];
            if (e != null) {
                outgoing[e[0]][outFill[e[0]]++] = j;
                incoming[e[1]][inFill[e[1]]++] = j;
            }
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] done = new boolean[n];
        int processed = 0;
        while (!ready.isEmpty()) {
            int v = ready.poll();
            done[v] = true;
            processed++;
            for (int j : outgoing[v]) {
                if (--indegree[edges[j][1]] == 0) {
                    ready.add(edges[j][1]);
                }
            }
        }
        if (processed == n) {
            return Optional.empty();
        }
        int start = 0;
        while (done[start]) {
            start++;
        }
        int[] visitedAt = new int[n];
        java.util.Arrays.fill(visitedAt, -1);
        List<Integer> walkLinks = new ArrayList<>();
        int v = start;
        while (visitedAt[v] < 0) {
            visitedAt[v] = walkLinks.size();
            int via = -1;
            for (int j : incoming[v]) {
                if (!done[edges[j][0]]) {
                    via = j;
                    break;
                }
            }
            walkLinks.add(via);
            v = edges[via][0];
        }
        List<Integer> cycle = walkLinks.subList(visitedAt[v], walkLinks.size());
        StringBuilder names = new StringBuilder();
        int shown = Math.min(cycle.size(), MAX_CYCLE_NODES_NAMED);
        for (int k = cycle.size() - 1; k >= cycle.size() - shown; k--) {
            names.append(nodes.get(edges[cycle.get(k)][0]).id()).append(" -> ");
        }
        if (shown < cycle.size()) {
            names.append("... (").append(cycle.size()).append(" nodes) -> ");
        }
        names.append(nodes.get(edges[cycle.get(cycle.size() - 1)][0]).id());
        int closing = cycle.get(0);
        return Optional.of(new Violation("links[" + closing + "]", "creates a cycle: " + names));
    }

    private record LinkKey(String sourceId, String sinkId, String sourceName, String sinkName) {
    }
}
