-- Embedded ledger: parties, signed transactions, states (the vault) and their consumption (the notary).

create table ledger.party (
    name                  text primary key,
    public_key            bytea not null unique,  -- X.509 SubjectPublicKeyInfo
    key_algorithm         text not null,
    encrypted_private_key bytea not null,         -- PKCS#8, AES-256-GCM, party name as associated data
    kdf_salt              bytea not null,
    kdf_iterations        integer not null,
    gcm_iv                bytea not null,
    created_at            timestamptz not null
);

create table ledger.ledger_transaction (
    id           text primary key,              -- 'SHA-256:' || hex of the canonical content
    request_key  text not null unique,          -- idempotency: one transaction per request
    content      bytea not null,                -- canonical JSON, exactly the bytes that were hashed
    committed_at timestamptz not null,
    seq          bigint generated always as identity
);

create table ledger.transaction_signature (
    transaction_id text not null references ledger.ledger_transaction (id),
    signer_key     bytea not null,
    signature      bytea not null,
    primary key (transaction_id, signer_key)
);

create table ledger.state (
    transaction_id text not null references ledger.ledger_transaction (id),
    output_index   integer not null,
    state_type     text not null,
    contract_type  text not null,
    state_json     text not null,               -- canonical JSON of the state, as in the transaction content
    holder_key     text,                        -- base64 X.509 key from the state's "holderKey" (else "holder") property
    asset_id       text,                        -- the state's "assetId" property
    consumed_by    text references ledger.ledger_transaction (id),
    seq            bigint generated always as identity,
    primary key (transaction_id, output_index)
);

create index state_unconsumed_by_type on ledger.state (state_type, seq) where consumed_by is null;
create index state_unconsumed_by_holder on ledger.state (holder_key, seq) where consumed_by is null;
create index state_unconsumed_by_asset on ledger.state (asset_id, seq) where consumed_by is null;
create index state_by_asset on ledger.state (asset_id, seq);
create index state_consumed_by on ledger.state (consumed_by);
