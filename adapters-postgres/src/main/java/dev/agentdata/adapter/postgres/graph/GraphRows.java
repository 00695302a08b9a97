package dev.agentdata.adapter.postgres.graph;

import static dev.agentdata.adapter.postgres.JsonColumns.instant;
import static dev.agentdata.adapter.postgres.JsonColumns.jsonb;
import static dev.agentdata.adapter.postgres.JsonColumns.map;
import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;
import static dev.agentdata.adapter.postgres.JsonColumns.uuid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphContent;
import dev.agentdata.domain.graph.Link;
import dev.agentdata.domain.graph.Node;
import dev.agentdata.domain.graph.NodeType;

/** SQL (resolved once per schema) and row mapping for graph versions, their nodes and their links. */
final class GraphRows {
    static final String GRAPH_COLUMNS = "id, version, is_active, user_id, name, description, is_template, created_at, updated_at";

    private final String insertGraph;
    private final String insertNode;
    private final String insertLink;
    private final String selectNodes;
    private final String selectLinks;

    GraphRows(SqlSchema schema) {
        insertGraph = schema.sql("INSERT INTO {schema}.graphs (" + GRAPH_COLUMNS + ") VALUES (?, ?, true, ?, ?, ?, ?, ?, ?)");
        insertNode = schema.sql("INSERT INTO {schema}.graph_nodes (graph_id, graph_version, id, position, block_id, "
                + "label, input_default, metadata, node_type, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertLink = schema.sql("INSERT INTO {schema}.graph_links (graph_id, graph_version, id, position, source_id, "
                + "sink_id, source_name, sink_name, is_static, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        // user_id: the owner's rows only, the shard a distributed database would route to (docs/scaling.md)
        selectNodes = schema.sql("SELECT id, block_id, label, input_default, metadata, node_type FROM {schema}.graph_nodes"
                + " WHERE graph_id = ? AND graph_version = ? AND user_id = ? ORDER BY position");
        selectLinks = schema.sql("SELECT id, source_id, sink_id, source_name, sink_name, is_static FROM {schema}.graph_links"
                + " WHERE graph_id = ? AND graph_version = ? AND user_id = ? ORDER BY position");
    }

    /** The version row, then all nodes in one batch, then all links in one batch. */
    void insert(Connection c, Graph g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertGraph)) {
            ps.setObject(1, g.id());
            ps.setInt(2, g.version());
            ps.setObject(3, g.userId());
            ps.setString(4, g.content().name());
            ps.setString(5, g.content().description());
            ps.setBoolean(6, g.content().isTemplate());
            setInstant(ps, 7, g.createdAt());
            setInstant(ps, 8, g.updatedAt());
            ps.executeUpdate();
        }
        List<Node> nodes = g.content().nodes();
        if (!nodes.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(insertNode)) {
                for (int i = 0; i < nodes.size(); i++) {
                    Node n = nodes.get(i);
                    ps.setObject(1, g.id());
                    ps.setInt(2, g.version());
                    ps.setString(3, n.id());
                    ps.setInt(4, i);
                    ps.setString(5, n.blockId());
                    ps.setString(6, n.label());
                    ps.setObject(7, jsonb(n.inputDefault()));
                    ps.setObject(8, jsonb(n.metadata()));
                    ps.setString(9, n.nodeType().wireName());
                    ps.setObject(10, g.userId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        List<Link> links = g.content().links();
        if (!links.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(insertLink)) {
                for (int i = 0; i < links.size(); i++) {
                    Link l = links.get(i);
                    ps.setObject(1, g.id());
                    ps.setInt(2, g.version());
                    ps.setObject(3, l.id());
                    ps.setInt(4, i);
                    ps.setString(5, l.sourceId());
                    ps.setString(6, l.sinkId());
                    ps.setString(7, l.sourceName());
                    ps.setString(8, l.sinkName());
                    ps.setBoolean(9, l.isStatic());
                    ps.setObject(10, g.userId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** The graph whose version row {@code rs} is on, with its nodes and links read in two more statements. */
    Graph read(Connection c, ResultSet rs) throws SQLException {
        UUID id = uuid(rs, "id");
        int version = rs.getInt("version");
        UUID owner = uuid(rs, "user_id");
        GraphContent content = new GraphContent(rs.getString("name"), rs.getString("description"),
                rs.getBoolean("is_template"), nodes(c, id, version, owner), links(c, id, version, owner));
        return new Graph(id, version, rs.getBoolean("is_active"), owner, instant(rs, "created_at"),
                instant(rs, "updated_at"), content);
    }

    private List<Node> nodes(Connection c, UUID id, int version, UUID owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectNodes)) {
            ps.setObject(1, id);
            ps.setInt(2, version);
            ps.setObject(3, owner);
            try (ResultSet rs = ps.executeQuery()) {
                List<Node> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Node(rs.getString("id"), rs.getString("block_id"), rs.getString("label"),
                            map(rs, "input_default"), map(rs, "metadata"),
                            NodeType.fromWireName(rs.getString("node_type")).orElseThrow()));
                }
                return out;
            }
        }
    }

    private List<Link> links(Connection c, UUID id, int version, UUID owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectLinks)) {
            ps.setObject(1, id);
            ps.setInt(2, version);
            ps.setObject(3, owner);
            try (ResultSet rs = ps.executeQuery()) {
                List<Link> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Link(uuid(rs, "id"), rs.getString("source_id"), rs.getString("sink_id"),
                            rs.getString("source_name"), rs.getString("sink_name"), rs.getBoolean("is_static")));
                }
                return out;
            }
        }
    }
}
