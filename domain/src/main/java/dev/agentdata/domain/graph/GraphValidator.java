package dev.agentdata.domain.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        int[] from = new int[links.size()];
        int[] to = new int[links.size()];
        Arrays.fill(from, -1);
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
                from[j] = src;
                to[j] = sink;
            }
        }
        findCycle(nodes, from, to).ifPresent(out::add);
        return out;
    }

    /**
     * Rules for starting a run: every required input port of every node is fed by an incoming link, a key in its
     * {@code input_default}, or, for an {@code input} node, a key of {@code inputs} equal to the node's id.
     */
    public static List<Violation> runChecks(GraphContent graph, Map<String, Object> inputs,
                                            Function<String, Optional<Block>> blocks) {
        List<Violation> out = new ArrayList<>();
        List<Node> nodes = graph.nodes();
        Map<String, Integer> index = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            index.putIfAbsent(nodes.get(i).id(), i);
        }
        String[][] fed = new String[nodes.size()][];
        int[] fedCount = new int[nodes.size()];
        for (Link l : graph.links()) {
            Integer sink = index.get(l.sinkId());
            if (sink != null) {
                String[] ports = fed[sink];
                if (ports == null) {
                    ports = fed[sink] = new String[2];
                } else if (fedCount[sink] == ports.length) {
                    ports = fed[sink] = Arrays.copyOf(ports, ports.length * 2);
                }
                ports[fedCount[sink]++] = l.sinkName();
            }
        }
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
                        && !contains(fed[i], fedCount[i], name)) {
                    out.add(new Violation("nodes[" + i + "].input_default." + name,
                            "required input '" + name + "' of node '" + n.id() + "' is not fed by a link, a default or an execution input"));
                }
            }
        }
        return out;
    }

    private static boolean contains(String[] values, int count, String value) {
        for (int k = 0; k < count; k++) {
            if (values[k].equals(value)) {
                return true;
            }
        }
        return false;
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

    /**
     * Kahn's algorithm over adjacency kept in flat arrays (link j runs from {@code from[j]} to {@code to[j]}, -1 when
     * an end is unknown); when nodes remain, walk incoming links inside the remainder until a node repeats.
     */
    private static Optional<Violation> findCycle(List<Node> nodes, int[] from, int[] to) {
        int n = nodes.size();
        int[] outStart = new int[n + 1];
        int[] inStart = new int[n + 1];
        for (int j = 0; j < from.length; j++) {
            if (from[j] >= 0) {
                outStart[from[j] + 1]++;
                inStart[to[j] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
            inStart[i + 1] += inStart[i];
        }
        int[] outLinks = new int[outStart[n]];
        int[] inLinks = new int[inStart[n]];
        int[] outFill = Arrays.copyOf(outStart, n);
        int[] inFill = Arrays.copyOf(inStart, n);
        int[] indegree = new int[n];
        for (int j = 0; j < from.length; j++) {
            if (from[j] >= 0) {
                outLinks[outFill[from[j]]++] = j;
                inLinks[inFill[to[j]]++] = j;
                indegree[to[j]]++;
            }
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                queue[tail++] = i;
            }
        }
        boolean[] done = new boolean[n];
        while (head < tail) {
            int v = queue[head++];
            done[v] = true;
            for (int k = outStart[v]; k < outStart[v + 1]; k++) {
                int sink = to[outLinks[k]];
                if (--indegree[sink] == 0) {
                    queue[tail++] = sink;
                }
            }
        }
        if (tail == n) {
            return Optional.empty();
        }
        int start = 0;
        while (done[start]) {
            start++;
        }
        int[] visitedAt = new int[n];
        Arrays.fill(visitedAt, -1);
        List<Integer> walkLinks = new ArrayList<>();
        int v = start;
        while (visitedAt[v] < 0) {
            visitedAt[v] = walkLinks.size();
            int via = -1;
            for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                if (!done[from[inLinks[k]]]) {
                    via = inLinks[k];
                    break;
                }
            }
            walkLinks.add(via);
            v = from[via];
        }
        List<Integer> cycle = walkLinks.subList(visitedAt[v], walkLinks.size());
        StringBuilder names = new StringBuilder();
        int shown = Math.min(cycle.size(), MAX_CYCLE_NODES_NAMED);
        for (int k = cycle.size() - 1; k >= cycle.size() - shown; k--) {
            names.append(nodes.get(from[cycle.get(k)]).id()).append(" -> ");
        }
        if (shown < cycle.size()) {
            names.append("... (").append(cycle.size()).append(" nodes) -> ");
        }
        names.append(nodes.get(from[cycle.get(cycle.size() - 1)]).id());
        int closing = cycle.get(0);
        return Optional.of(new Violation("links[" + closing + "]", "creates a cycle: " + names));
    }

    private record LinkKey(String sourceId, String sinkId, String sourceName, String sinkName) {
    }
}
