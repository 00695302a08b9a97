package dev.agentdata.adapter.memory;

/** Names of the {@link InMemoryDatabase} tables shared between memory repositories, with their key and value types. */
public final class MemoryTables {
    /** {@code UUID user id -> User}. */
    public static final String USERS = "users";
    /** {@code String email -> UUID user id}. */
    public static final String USER_EMAILS = "user_emails";
    /** {@code UUID graph id -> graph row} (private to the graph repository). */
    public static final String GRAPHS = "graphs";
    /** {@code UUID execution id -> GraphExecution}. */
    public static final String EXECUTIONS = "executions";
    /** {@code UUID user id -> NavigableSet of list keys}, newest first (private to the execution repository). */
    public static final String EXECUTIONS_BY_USER = "executions_by_user";
    /** {@code UUID execution id -> Map<UUID node execution id, NodeExecution>} in creation order. */
    public static final String NODE_EXECUTIONS = "node_executions";

    private MemoryTables() {
    }
}
