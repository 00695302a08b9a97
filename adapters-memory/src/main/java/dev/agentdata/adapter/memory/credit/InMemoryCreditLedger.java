package dev.agentdata.adapter.memory.credit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.Keyset;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.LedgerAppend;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.IdempotencyConflictException;

/** Credit ledgers in memory: every append runs under the database lock and is undone with its unit of work. */
public final class InMemoryCreditLedger implements CreditLedger {
    private final InMemoryDatabase db;
    /** User id to that user's transactions in insertion order. */
    private final Map<UUID, Map<UUID, CreditTransaction>> transactions = new HashMap<>();
    private final Map<IdempotencyKey, CreditTransaction> byKey = new HashMap<>();
    private final Map<UUID, Long> balances = new HashMap<>();
    private final Map<UUID, AutoTopUpConfig> autoTopUp = new HashMap<>();

    public InMemoryCreditLedger(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public long balance(UUID userId) {
        return db.atomically(() -> balances.getOrDefault(userId, 0L));
    }

    @Override
    public LedgerAppend append(LedgerEntry entry) {
        return db.atomically(() -> {
            IdempotencyKey key = entry.idempotencyKey() == null ? null
                    : new IdempotencyKey(entry.userId(), entry.idempotencyKey());
            if (key != null && byKey.containsKey(key)) {
                CreditTransaction first = byKey.get(key);
                if (!first.sameRequest(entry.type(), entry.amount())) {
                    throw new IdempotencyConflictException(entry.idempotencyKey());
                }
                return new LedgerAppend(first, true);
            }
            long balance = balances.getOrDefault(entry.userId(), 0L);
            long next = CreditTransaction.balanceAfter(balance, entry.amount());
            CreditTransaction tx = entry.withRunningBalance(next);
            Map<UUID, CreditTransaction> ledger = transactions.computeIfAbsent(entry.userId(), u -> new LinkedHashMap<>());
            ledger.put(tx.id(), tx);
            db.onRollback(() -> ledger.remove(tx.id()));
            db.put(balances, entry.userId(), next);
            if (key != null) {
                db.put(byKey, key, tx);
            }
            return new LedgerAppend(tx, false);
        });
    }

    @Override
    public Page<CreditTransaction> list(UUID userId, PageRequest page) {
        return db.atomically(() -> Keyset.newestFirst(List.copyOf(transactions.getOrDefault(userId, Map.of()).values()),
                CreditTransaction::createdAt, CreditTransaction::id, page));
    }

    @Override
    public long count(UUID userId) {
        return db.atomically(() -> (long) transactions.getOrDefault(userId, Map.of()).size());
    }

    @Override
    public AutoTopUpConfig autoTopUp(UUID userId) {
        return db.atomically(() -> autoTopUp.getOrDefault(userId, AutoTopUpConfig.DEFAULT));
    }

    @Override
    public void saveAutoTopUp(UUID userId, AutoTopUpConfig config) {
        db.atomically(() -> {
            db.put(autoTopUp, userId, config);
        });
    }
}
