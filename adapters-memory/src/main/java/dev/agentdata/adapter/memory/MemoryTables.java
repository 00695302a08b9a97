package dev.agentdata.adapter.memory;

/** Names of the {@link InMemoryDatabase} tables shared between memory repositories, with their key and value types. */
public final class MemoryTables {
    /** {@code UUID user id -> User}. */
    public static final String USERS = "users";
    /** {@code String email -> UUID user id}. */
    public static final String USER_EMAILS = "user_emails";
    /** {@code UUID graph id -> graph row} (private to the graph repository). */
    public static final String GRAPHS = "graphs";

    private MemoryTables() {
    }
}
