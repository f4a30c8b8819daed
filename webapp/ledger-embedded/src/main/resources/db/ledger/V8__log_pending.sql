-- The log's merge (issue 15, ADR 0030): a commit no longer appends its own leaf under the log's
-- tail lock (which serialised every commit through its WAL flush). In the commit's own database
-- transaction it records its id here; the log's merger, under the tail lock, moves every committed
-- pending id into log_leaf (in commit order: seq) and signs one tree head for the group.
-- A row here is a committed transaction that is in the log but not yet in a signed head.
create table ledger.log_pending (
    transaction_id text primary key
);
