-- No invoice financed twice (issue 22, ADR 0021): the ledger itself refuses a second issuance of
-- a RECEIVABLE asset (an AssetState created, not evolved) with an asset id it already recorded.
-- The row is written in the commit's database transaction, by CommitPipeline after the
-- transaction's own rows; the primary key decides between two concurrent commits (the second
-- waits for the first and then fails, naming the transaction that holds the asset id).
create table ledger.unique_asset (
    asset_id       text primary key check (length(asset_id) between 1 and 200),
    kind           text not null,
    transaction_id text not null references ledger.ledger_transaction (id)
);

-- Receivables recorded before V7: the earliest transaction creating each asset id keeps it.
insert into ledger.unique_asset (asset_id, kind, transaction_id)
select distinct on (s.state_json::jsonb ->> 'assetId')
       s.state_json::jsonb ->> 'assetId', 'RECEIVABLE', s.transaction_id
  from ledger.state s
  join ledger.ledger_transaction t on t.id = s.transaction_id
 where s.state_type = 'org.cornerstone.cordapp.asset.AssetState'
   and s.state_json::jsonb ->> 'kind' = 'RECEIVABLE'
   and s.state_json::jsonb ->> 'assetId' is not null
 order by s.state_json::jsonb ->> 'assetId', t.seq
on conflict do nothing;
