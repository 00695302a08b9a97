package dev.agentdata.application.service.credit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.LedgerAppend;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.IdempotencyConflictException;
import dev.agentdata.domain.credit.InsufficientCreditsException;

/** A single-threaded ledger for service tests (the adapters are tested by the contract suites). */
final class FakeCreditLedger implements CreditLedger {
    final List<CreditTransaction> rows = new ArrayList<>();
    private final Map<UUID, AutoTopUpConfig> configs = new HashMap<>();

    @Override
    public long balance(UUID userId) {
        return rows.stream().filter(t -> t.userId().equals(userId)).mapToLong(CreditTransaction::amount).sum();
    }

    @Override
    public LedgerAppend append(LedgerEntry entry) {
        Optional<CreditTransaction> first = rows.stream().filter(t -> t.userId().equals(entry.userId())
                && entry.idempotencyKey() != null && entry.idempotencyKey().equals(t.idempotencyKey())).findFirst();
        if (first.isPresent()) {
            if (!first.get().sameRequest(entry.type(), entry.amount())) {
                throw new IdempotencyConflictException(entry.idempotencyKey());
            }
            return new LedgerAppend(first.get(), true);
        }
        long balance = balance(entry.userId());
        if (balance + entry.amount() < 0) {
            throw new InsufficientCreditsException(balance, -entry.amount());
        }
        CreditTransaction tx = entry.withRunningBalance(balance + entry.amount());
        rows.add(tx);
        return new LedgerAppend(tx, false);
    }

    @Override
    public Page<CreditTransaction> list(UUID userId, PageRequest page) {
        List<CreditTransaction> mine = rows.stream().filter(t -> t.userId().equals(userId))
                .sorted(Comparator.comparing(CreditTransaction::createdAt).reversed()).limit(page.limit()).toList();
        return new Page<>(mine, Optional.empty(), OptionalLong.empty());
    }

    @Override
    public long count(UUID userId) {
        return rows.stream().filter(t -> t.userId().equals(userId)).count();
    }

    @Override
    public AutoTopUpConfig autoTopUp(UUID userId) {
        return configs.getOrDefault(userId, AutoTopUpConfig.DEFAULT);
    }

    @Override
    public void saveAutoTopUp(UUID userId, AutoTopUpConfig config) {
        configs.put(userId, config);
    }
}
