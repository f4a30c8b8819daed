-- Signing by consent (issue 21, ADR 0019): the ledger signs for a party only with that party's
-- consent, and records each consent with the transaction in the commit's database transaction.
-- The content (and so the id, the log and its heads) is unchanged; each row carries the notary's
-- Ed25519 signature over TransactionConsents.signedBytes(transaction id, party key, kind,
-- reference), so an edited row does not verify and a removed one leaves a signature without
-- consent (both reported by verifyLedger()).
create table ledger.transaction_consent (
    transaction_id   text not null references ledger.ledger_transaction (id),
    party_key        bytea not null,                -- X.509, a signer of the transaction
    kind             text not null check (kind in ('ORDER', 'INSTRUCTION', 'APPROVAL', 'DECISION', 'RULES')),
    reference        text not null check (length(reference) between 1 and 200),
    notary_signature bytea not null,
    primary key (transaction_id, party_key, kind, reference)
);

-- Transactions committed before V6 carry no consents: the audit asks for them only after this
-- commit position (one row; the position of the last transaction at migration time, 0 if none).
create table ledger.consent_rule (
    id             integer primary key check (id = 1),
    required_after bigint not null
);

insert into ledger.consent_rule (id, required_after)
select 1, coalesce(max(seq), 0) from ledger.ledger_transaction;
