-- Vault query "transaction history of a holding" (by holder and instrument), and ordered reads of
-- the whole ledger (audit export, verifyLedger) by commit order.

create index state_by_holder_asset on ledger.state (holder_key, asset_id, seq);
create unique index ledger_transaction_by_seq on ledger.ledger_transaction (seq);
