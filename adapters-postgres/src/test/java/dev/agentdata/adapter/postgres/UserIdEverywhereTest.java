package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sharding-ready (docs/scaling.md): every user-owned table of the live schema has a {@code user_id} column, and every
 * statement the adapter sends about user-owned rows names the owner ({@code user_id = ...}, or writes the column),
 * except the few on {@link #ALLOWED}, each with its reason.
 */
class UserIdEverywhereTest {
    /** Tables that are not one user's rows. */
    private static final Map<String, String> NOT_USER_OWNED = Map.of(
            "users", "the user itself: its id is the distribution column",
            "store_listings", "the public store: every user reads every listing",
            "store_submissions", "the public store (owner_id: the submitter)",
            "store_reviews", "the public store: reviews belong to a listing",
            "job_leases", "one row per scheduled job, shared by all servers",
            "flyway_schema_history", "the migrations' own bookkeeping");
    private static final List<String> USER_OWNED = List.of("graphs", "graph_nodes", "graph_links", "graph_executions",
            "node_executions", "execution_events", "credit_balances", "credit_transactions", "credit_auto_top_up",
            "api_keys");
    /** Statements about user-owned rows that need not name the owner, by a fragment of their text, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            ".api_keys WHERE hash = ", "key lookup by hash: the key is how the caller is found",
            "WHERE status = 'running' AND started_at < ", "the sweeper: stuck executions of every user",
            "WHERE status IN ('completed', 'failed', 'cancelled', 'timeout') AND ended_at < ",
            "prune: finished executions of every user",
            ".store_listings (id, slug, ", "the public store: a new listing's run count starts from the runs of its"
                    + " graph by every user but its creator (a fan-out count, once per listing)");
    private static final Pattern OWNER_NAMED = Pattern.compile(
            "(?is)\\buser_id\\s*(=|IN\\b)|INSERT\\s+INTO\\s+\\S+\\s*\\([^)]*\\buser_id\\b");
    private static PostgresStorage storage;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void everyUserOwnedTable_hasAUserIdColumn_andEveryOtherTableIsListedWithItsReason() {
        List<String> tables = query("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + storage.settings().schema() + "' AND table_type = 'BASE TABLE' ORDER BY table_name");
        List<String> withUserId = query("SELECT table_name FROM information_schema.columns WHERE table_schema = '"
                + storage.settings().schema() + "' AND column_name = 'user_id' AND is_nullable = 'NO'");

        assertThat(tables).containsExactlyInAnyOrderElementsOf(concat(USER_OWNED, NOT_USER_OWNED.keySet()));
        assertThat(withUserId).containsAll(USER_OWNED);
    }

    @Test
    void everyStatementAboutUserOwnedRows_namesTheOwner_exceptTheAllowedOnes() {
        Set<String> unowned = new LinkedHashSet<>();
        Pattern userOwnedTable = Pattern.compile("\"" + storage.settings().schema() + "\"\\.("
                + String.join("|", USER_OWNED) + ")\\b");
        try (StatementLog log = new StatementLog()) {
            EveryPortOnce.call(storage);
            for (String sql : log.statements()) {
                boolean aboutUserRows = userOwnedTable.matcher(sql).find();
                boolean allowed = ALLOWED.keySet().stream().anyMatch(sql::contains);
                if (aboutUserRows && !allowed && !OWNER_NAMED.matcher(sql).find()) {
                    unowned.add(sql);
                }
            }
            assertThat(log.statements()).as("statements seen").hasSizeGreaterThan(20);
        }
        assertThat(unowned).as("statements about user-owned rows that do not name the owner").isEmpty();
    }

    private static List<String> concat(List<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> query(String sql) {
        return storage.jdbc().call(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        });
    }
}
