package dev.agentdata.adapter.postgres.user;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.SqlErrors;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.adapter.postgres.StorageException;
import dev.agentdata.application.port.out.UserRepository;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.user.EmailTakenException;
import dev.agentdata.domain.user.User;

/** Users in the {@code users} table; a duplicate email becomes {@link EmailTakenException}. */
public final class PostgresUserRepository implements UserRepository {
    private static final String EMAIL_KEY = "users_email_key";

    private final UnitOfWorkConnections jdbc;
    private final UserRows sql;

    public PostgresUserRepository(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.sql = new UserRows(schema);
    }

    @Override
    public Optional<User> findById(UUID id) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.selectById)) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(UserRows.read(rs)) : Optional.<User>empty();
                }
            }
        });
    }

    /**
     * {@code ON CONFLICT DO NOTHING} on every unique index: a concurrent first request of the same user waits for
     * the other and then finds its row, instead of failing on the email index before the id index was consulted.
     * No row afterwards means the email belongs to another user.
     */
    @Override
    public User insertIfAbsent(User user) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.insert)) {
                ps.setObject(1, user.id());
                UserRows.bindValues(ps, 2, user);
                return ps.executeUpdate();
            }
        });
        return findById(user.id()).orElseThrow(() -> new EmailTakenException(user.email()));
    }

    @Override
    public User update(User user) {
        try {
            return jdbc.call(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql.update)) {
                    int next = UserRows.bindValues(ps, 1, user);
                    ps.setObject(next, user.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new NotFoundException("user", user.id());
                        }
                        return UserRows.read(rs);
                    }
                }
            });
        } catch (StorageException e) {
            throw emailTakenOr(e, user.email());
        }
    }

    private static RuntimeException emailTakenOr(StorageException e, String email) {
        return SqlErrors.isUniqueViolation(e, EMAIL_KEY) ? new EmailTakenException(email) : e;
    }
}
