package dev.agentdata.adapter.memory.user;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.MemoryTables;
import dev.agentdata.application.port.out.UserRepository;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.user.EmailTakenException;
import dev.agentdata.domain.user.User;

/** Users in memory, with a unique email index. */
public final class InMemoryUserRepository implements UserRepository {
    private final InMemoryDatabase db;
    private final Map<UUID, User> users;
    private final Map<String, UUID> emails;

    public InMemoryUserRepository(InMemoryDatabase db) {
        this.db = db;
        this.users = db.table(MemoryTables.USERS);
        this.emails = db.table(MemoryTables.USER_EMAILS);
    }

    @Override
    public Optional<User> findById(UUID id) {
        return db.atomically(() -> Optional.ofNullable(users.get(id)));
    }

    @Override
    public User insertIfAbsent(User user) {
        return db.atomically(() -> {
            User existing = users.get(user.id());
            if (existing != null) {
                return existing;
            }
            claimEmail(user);
            db.put(users, user.id(), user);
            return user;
        });
    }

    @Override
    public User update(User user) {
        return db.atomically(() -> {
            User old = users.get(user.id());
            if (old == null) {
                throw new NotFoundException("user", user.id());
            }
            if (!old.email().equals(user.email())) {
                claimEmail(user);
                db.remove(emails, old.email());
            }
            db.put(users, user.id(), user);
            return user;
        });
    }

    private void claimEmail(User user) {
        UUID owner = emails.get(user.email());
        if (owner != null && !owner.equals(user.id())) {
            throw new EmailTakenException(user.email());
        }
        db.put(emails, user.email(), user.id());
    }
}
