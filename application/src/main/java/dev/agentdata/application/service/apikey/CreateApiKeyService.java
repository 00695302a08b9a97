package dev.agentdata.application.service.apikey;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.agentdata.application.port.in.apikey.CreateApiKeyCommand;
import dev.agentdata.application.port.in.apikey.CreateApiKeyUseCase;
import dev.agentdata.application.port.in.apikey.CreatedApiKey;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.SecretGenerator;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.apikey.ApiKeySecret;
import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.user.UserContext;

/** Makes a key from fresh random bytes; stores only its hash, head and tail. */
public final class CreateApiKeyService implements CreateApiKeyUseCase {
    private final ApiKeyRepository keys;
    private final Transactions transactions;
    private final SecretGenerator secrets;
    private final IdGenerator ids;
    private final Clock clock;

    public CreateApiKeyService(ApiKeyRepository keys, Transactions transactions, SecretGenerator secrets,
                               IdGenerator ids, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public CreatedApiKey create(UserContext actor, CreateApiKeyCommand command) {
        if (actor.viaApiKey()) {
            throw new ForbiddenException("an API key cannot make API keys");
        }
        validate(command);
        ApiKeySecret secret = ApiKeySecret.fromRandomBytes(secrets.randomBytes(ApiKeySecret.RANDOM_BYTES));
        ApiKey key = ApiKey.issue(ids.newId(), actor.userId(), command.name(), secret,
                command.permissions() == null ? Set.of() : command.permissions(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        transactions.run(() -> keys.insert(key));
        return new CreatedApiKey(key, secret);
    }

    private static void validate(CreateApiKeyCommand command) {
        List<Violation> violations = new ArrayList<>();
        String name = command.name();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "must not be blank"));
        } else if (name.length() > ApiKey.MAX_NAME_LENGTH) {
            violations.add(new Violation("name", "must have at most " + ApiKey.MAX_NAME_LENGTH + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
