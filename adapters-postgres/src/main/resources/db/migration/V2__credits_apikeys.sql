-- Credits: an append-only ledger with running balances, one balance row per user (the per-user lock that
-- serialises appends), auto top-up settings; and API keys, stored only as SHA-256 hashes.

CREATE TABLE credit_balances (
    user_id     uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    balance     bigint      NOT NULL DEFAULT 0 CONSTRAINT credit_balances_not_negative CHECK (balance >= 0),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE credit_transactions (
    id               uuid        PRIMARY KEY,
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amount           bigint      NOT NULL CONSTRAINT credit_transactions_amount_not_zero CHECK (amount <> 0),
    type             text        NOT NULL
        CONSTRAINT credit_transactions_type_check CHECK (type IN ('top_up', 'usage', 'grant', 'refund')),
    running_balance  bigint      NOT NULL CONSTRAINT credit_transactions_running_not_negative CHECK (running_balance >= 0),
    created_at       timestamptz NOT NULL,
    metadata         jsonb       NOT NULL DEFAULT '{}'::jsonb,
    idempotency_key  text        CONSTRAINT credit_transactions_key_length CHECK (char_length(idempotency_key) BETWEEN 1 AND 128),
    CONSTRAINT credit_transactions_sign CHECK ((type = 'usage') = (amount < 0)),
    CONSTRAINT credit_transactions_user_key UNIQUE (user_id, idempotency_key)
);

CREATE INDEX credit_transactions_user_newest ON credit_transactions (user_id, created_at DESC, id DESC);

CREATE TABLE credit_auto_top_up (
    user_id    uuid    PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    enabled    boolean NOT NULL,
    threshold  bigint  NOT NULL CHECK (threshold >= 0),
    amount     bigint  CHECK (amount > 0),
    CONSTRAINT credit_auto_top_up_amount_when_enabled CHECK (NOT enabled OR amount IS NOT NULL)
);

CREATE TABLE api_keys (
    id            uuid        PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          text        NOT NULL,
    hash          text        NOT NULL CONSTRAINT api_keys_hash_key UNIQUE,
    head          text        NOT NULL,
    tail          text        NOT NULL,
    permissions   text[]      NOT NULL DEFAULT '{}',
    status        text        NOT NULL CONSTRAINT api_keys_status_check CHECK (status IN ('active', 'revoked')),
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    CONSTRAINT api_keys_revoked_at CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))
);

CREATE INDEX api_keys_user_newest ON api_keys (user_id, created_at DESC, id DESC);
