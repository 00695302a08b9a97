package dev.agentdata.adapter.postgres.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.user.User;

/**
 * One fresh schema for a per-user contract test class, the adapter under test on it, and users stored on demand; at
 * the end the test database's decoy must still be empty.
 */
final class UserSchema<A> implements BeforeAllCallback, AfterAllCallback {
    private final String userName;
    private final BiFunction<UnitOfWorkConnections, SqlSchema, A> adapterOn;
    private PostgresStorage storage;
    private A adapter;

    UserSchema(String userName, BiFunction<UnitOfWorkConnections, SqlSchema, A> adapterOn) {
        this.userName = userName;
        this.adapterOn = adapterOn;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        storage = TestDatabase.freshStorage();
        adapter = adapterOn.apply(storage.jdbc(), storage.schema());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase.dispose(storage);
        assertThat(TestDatabase.decoyTablesWithRows()).as("tables of the search_path's schema written to").isEmpty();
    }

    A adapter() {
        return adapter;
    }

    Transactions transactions() {
        return storage.transactions();
    }

    UUID newUser(Instant at) {
        UUID id = UUID.randomUUID();
        storage.users().insertIfAbsent(User.fromClaims(id, id + "@example.com", userName, at));
        return id;
    }
}
