-- Consumption as an insert. Until V2 a spend was an UPDATE of ledger.state.consumed_by, a column
-- of four indexes (three partial ones in their predicates): PostgreSQL could not update in place
-- (HOT) and wrote a new entry in every index of the row. Now a spend inserts one row here; its
-- primary key, the consumed state's ref, makes the database refuse a second spend of a state.
-- State rows are never updated again.

create table ledger.consumption (
    transaction_id text not null,               -- the consumed state: its creating transaction ...
    output_index   integer not null,            -- ... and output index
    consumed_by    text not null references ledger.ledger_transaction (id),
    primary key (transaction_id, output_index)  -- uniqueness: a state is consumed at most once
);

insert into ledger.consumption (transaction_id, output_index, consumed_by)
select transaction_id, output_index, consumed_by from ledger.state where consumed_by is not null;

-- lineage (historyOf), audit: which states did a transaction consume
create index consumption_by_transaction on ledger.consumption (consumed_by);

-- Drops state_unconsumed_by_type, state_unconsumed_by_holder, state_unconsumed_by_asset and
-- state_consumed_by with it. Unconsumed states are now those with no consumption row (anti-join).
alter table ledger.state drop column consumed_by;

-- Vault queries by holder (state_by_asset and state_by_holder_asset serve the others).
create index state_by_holder on ledger.state (holder_key, seq);
