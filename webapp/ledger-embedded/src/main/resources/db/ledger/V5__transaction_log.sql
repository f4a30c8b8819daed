-- The transaction log (issue 21, ADR 0018): an append-only Merkle log (RFC 9162 hashing) over every
-- committed transaction, the tree heads the notary signs after each commit, and the party keys the
-- notary pins (signs) at their first signature. All written in the database transaction of the
-- commit they belong to.

-- One leaf per committed transaction, dense from 0 in commit order.
-- leaf_hash = SHA-256(0x00 || the 32 bytes of the transaction id).
create table ledger.log_leaf (
    leaf_index     bigint primary key,
    transaction_id text not null unique,
    leaf_hash      bytea not null
);

-- The log's tail, one row (id = 1), locked by every append: its size, the roots of the perfect
-- subtrees that make up the tree (largest first, 32 bytes each, concatenated) so that the next root
-- is computed without re-reading the leaves, and the last leaf's transaction (checked at every
-- append: a deleted latest transaction stops the ledger). frontier null: rebuild from log_leaf.
create table ledger.log_tail (
    id                  integer primary key check (id = 1),
    tree_size           bigint not null,
    frontier            bytea,
    last_transaction_id text
);

-- Signed tree heads: the notary's Ed25519 signature over TreeHead.signedBytes()
-- ("cornerstone-tree-head-v1", size, timestamp in ms, root hash).
create table ledger.tree_head (
    tree_size  bigint primary key,
    timestamp  bigint not null,                 -- ms since the epoch, from the ledger's Clock
    root_hash  bytea not null,
    notary_key bytea not null,                  -- X.509
    signature  bytea not null
);

-- Party keys pinned by the notary at their first signature on the ledger.
create table ledger.party_pin (
    name       text primary key,
    public_key bytea not null unique,           -- X.509
    pinned_at  bigint not null,                 -- ms since the epoch
    signature  bytea not null                   -- the notary's, over KeyPins.signedBytes(name, key, pinned_at)
);

-- Transactions committed before V5 enter the log in commit order (without a head: the next commit
-- signs the first one; their signers are pinned when they next sign).
insert into ledger.log_leaf (leaf_index, transaction_id, leaf_hash)
select row_number() over (order by seq) - 1, id,
       sha256('\x00'::bytea || decode(substr(id, 9), 'hex'))
  from ledger.ledger_transaction;

insert into ledger.log_tail (id, tree_size, frontier, last_transaction_id)
select 1, count(*), null,
       (select transaction_id from ledger.log_leaf order by leaf_index desc limit 1)
  from ledger.log_leaf;
