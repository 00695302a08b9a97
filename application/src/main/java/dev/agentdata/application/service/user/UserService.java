package dev.agentdata.application.service.user;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.in.user.GetOrCreateUserUseCase;
import dev.agentdata.application.port.in.user.GetUserUseCase;
import dev.agentdata.application.port.in.user.TokenClaims;
import dev.agentdata.application.port.in.user.UpdatePreferencesCommand;
import dev.agentdata.application.port.in.user.UpdatePreferencesUseCase;
import dev.agentdata.application.port.in.user.UpdateProfileCommand;
import dev.agentdata.application.port.in.user.UpdateProfileUseCase;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.UserRepository;
import dev.agentdata.application.service.Timestamps;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.user.NotificationPreferences;
import dev.agentdata.domain.user.User;

/** Users: get-or-create from token claims, profile and notification preferences. */
public final class UserService implements GetOrCreateUserUseCase, GetUserUseCase, UpdateProfileUseCase,
        UpdatePreferencesUseCase {
    private final UserRepository users;
    private final Transactions transactions;
    private final Clock clock;

    public UserService(UserRepository users, Transactions transactions, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public User getOrCreate(TokenClaims claims) {
        return transactions.inTransaction(() -> {
            User stored = users.findById(claims.subject())
                    .orElseGet(() -> users.insertIfAbsent(
                            User.fromClaims(claims.subject(), claims.email(), claims.name(), Timestamps.of(clock))));
            User refreshed = stored.refreshedFromClaims(claims.email(), claims.name(), Timestamps.of(clock));
            return refreshed == stored ? stored : users.update(refreshed);
        });
    }

    @Override
    public User get(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
    }

    @Override
    public User updateProfile(UpdateProfileCommand command) {
        List<Violation> violations = ProfileRules.check(command);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return transactions.inTransaction(() -> {
            User user = get(command.userId());
            return users.update(user.withProfile(command.email(), command.name(), command.timezone(),
                    command.locale(), command.metadata(), Timestamps.of(clock)));
        });
    }

    @Override
    public NotificationPreferences updatePreferences(UpdatePreferencesCommand command) {
        List<Violation> violations = ProfileRules.check(command);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return transactions.inTransaction(() -> {
            User user = get(command.userId());
            NotificationPreferences next = user.preferences().with(command.maxEmailsPerDay(), command.switches());
            return next.equals(user.preferences()) ? next
                    : users.update(user.withPreferences(next, Timestamps.of(clock))).preferences();
        });
    }
}
