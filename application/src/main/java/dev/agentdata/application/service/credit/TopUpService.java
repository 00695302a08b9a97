package dev.agentdata.application.service.credit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.agentdata.application.port.in.credit.TopUpCommand;
import dev.agentdata.application.port.in.credit.TopUpResult;
import dev.agentdata.application.port.in.credit.TopUpUseCase;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.LedgerAppend;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.TransactionType;
import dev.agentdata.domain.user.UserContext;

/** Records a keyed top-up; a replayed key returns the first transaction and changes nothing. */
public final class TopUpService implements TopUpUseCase {
    private final CreditLedger ledger;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public TopUpService(CreditLedger ledger, Transactions transactions, IdGenerator ids, Clock clock) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public TopUpResult topUp(UserContext actor, TopUpCommand command) {
        validate(command);
        LedgerEntry entry = new LedgerEntry(ids.newId(), actor.userId(), command.amount(), TransactionType.TOP_UP,
                clock.instant().truncatedTo(ChronoUnit.MICROS), Map.of(), command.idempotencyKey());
        LedgerAppend appended = transactions.inTransaction(() -> ledger.append(entry));
        return new TopUpResult(appended.transaction(), !appended.replayed());
    }

    private static void validate(TopUpCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command.amount() <= 0) {
            violations.add(new Violation("amount", "must be > 0"));
        }
        String key = command.idempotencyKey();
        if (key == null || key.isEmpty()) {
            violations.add(new Violation("idempotency_key", "is required"));
        } else if (key.length() > CreditTransaction.MAX_IDEMPOTENCY_KEY_LENGTH) {
            violations.add(new Violation("idempotency_key",
                    "must have at most " + CreditTransaction.MAX_IDEMPOTENCY_KEY_LENGTH + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
