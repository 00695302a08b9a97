package dev.agentdata.application.service.credit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentdata.application.port.in.credit.GrantCommand;
import dev.agentdata.application.port.in.credit.GrantCreditsUseCase;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.UserRepository;
import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.TransactionType;
import dev.agentdata.domain.user.UserContext;

/** Admins give credits to an existing user; the reason and the granting admin go into the metadata. */
public final class GrantCreditsService implements GrantCreditsUseCase {
    static final int MAX_REASON_LENGTH = 500;

    private final CreditLedger ledger;
    private final UserRepository users;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public GrantCreditsService(CreditLedger ledger, UserRepository users, Transactions transactions, IdGenerator ids,
                               Clock clock) {
        this.ledger = ledger;
        this.users = users;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public CreditTransaction grant(UserContext actor, GrantCommand command) {
        if (!actor.admin() || actor.viaApiKey()) {
            throw new ForbiddenException("granting credits needs an admin");
        }
        validate(command);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("reason", command.reason());
        metadata.put("granted_by", actor.userId().toString());
        LedgerEntry entry = new LedgerEntry(ids.newId(), command.userId(), command.amount(), TransactionType.GRANT,
                clock.instant().truncatedTo(ChronoUnit.MICROS), metadata, null);
        return transactions.inTransaction(() -> {
            if (users.findById(command.userId()).isEmpty()) {
                throw new NotFoundException("user", command.userId());
            }
            return ledger.append(entry).transaction();
        });
    }

    private static void validate(GrantCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command.amount() <= 0) {
            violations.add(new Violation("amount", "must be > 0"));
        }
        if (command.reason() == null || command.reason().isBlank()) {
            violations.add(new Violation("reason", "must not be blank"));
        } else if (command.reason().length() > MAX_REASON_LENGTH) {
            violations.add(new Violation("reason", "must have at most " + MAX_REASON_LENGTH + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
