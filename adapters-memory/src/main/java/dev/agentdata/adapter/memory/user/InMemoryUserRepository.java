package dev.agentdata.adapter.memory.user;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.application.port.out.UserRepository;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.user.EmailTakenException;
import dev.agentdata.domain.user.User;

/** Users in memory, with an email index unique regardless of case. */
public final class InMemoryUserRepository implements UserRepository {
    private final InMemoryDatabase db;
    private final Map<UUID, User> users = new HashMap<>();
    /** Lower-cased email to user id. */
    private final Map<String, UUID> emails = new HashMap<>();

    public InMemoryUserRepository(InMemoryDatabase db) {
        this.db = db;
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
            if (!key(old.email()).equals(key(user.email()))) {
                claimEmail(user);
                db.remove(emails, key(old.email()));
            }
            db.put(users, user.id(), user);
            return user;
        });
    }

    private void claimEmail(User user) {
        UUID owner = emails.get(key(user.email()));
        if (owner != null && !owner.equals(user.id())) {
            throw new EmailTakenException(user.email());
        }
        db.put(emails, key(user.email()), user.id());
    }

    /** Email addresses are unique regardless of case. */
    private static String key(String email) {
        return email.toLowerCase(java.util.Locale.ROOT);
    }
}
