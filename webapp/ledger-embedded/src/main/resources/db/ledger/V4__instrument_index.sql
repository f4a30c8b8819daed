-- The vault indexes the instrument a state belongs to: column instrument_id, the state's
-- "instrumentId" property, replaces asset_id (its "assetId" property). Ledger token states carry
-- instrumentId; an AssetState keeps assetId for the real-world asset and names its instrument in
-- instrumentId.
--
-- Existing rows get the value the ledger now writes for them: the instrumentId property of their
-- stored state JSON when it is a scalar (the audit re-derives the column by the same rule), else
-- null. A state stored with only "assetId" is therefore no longer found by instrument.

alter table ledger.state add column instrument_id text;

update ledger.state
   set instrument_id = state_json::jsonb ->> 'instrumentId'
 where jsonb_typeof(state_json::jsonb -> 'instrumentId') in ('string', 'number', 'boolean');

-- Drops state_by_asset (asset_id, seq) and state_by_holder_asset (holder_key, asset_id, seq).
alter table ledger.state drop column asset_id;

-- holdingsByInstrumentId, holdingsAt (cap table), unconsumed states and claims by instrument
create index state_by_instrument on ledger.state (instrument_id, seq);
-- historyOf(instrumentId, holder): the transaction history of a holder's position
create index state_by_holder_instrument on ledger.state (holder_key, instrument_id, seq);
