-- Registry: instruments as their own idea. An instrument is what holdings on the ledger are of
-- (asset tokens today; cash, tranches and receivable certificates later); the asset is the
-- real-world thing an instrument may be backed by.
create table instrument (
    id                      varchar(64)  primary key,
    kind                    varchar(30)  not null
        check (kind in ('ASSET_TOKEN', 'CASH', 'TRANCHE', 'RECEIVABLE_CERTIFICATE')),
    issuer_organisation     varchar(64)  not null references organisation (id),
    unit                    varchar(20)  not null,
    currency                char(3)      not null,
    -- The transfer-rule set (issue 11 fills it in): its version and its restrictions, none today.
    transfer_rules_version  integer      not null default 1 check (transfer_rules_version > 0),
    transfer_restrictions   varchar(2000) not null default '',
    created_at              timestamptz  not null,
    version                 bigint       not null default 0
);

-- Which instruments an asset backs (an asset's tokens today; tranches of a pool later).
create table asset_instrument (
    asset_id       varchar(32) not null references asset (id),
    instrument_id  varchar(64) not null references instrument (id),
    primary key (asset_id, instrument_id)
);
create index asset_instrument_instrument_idx on asset_instrument (instrument_id);

-- Assets tokenized before instruments existed: their tokens already carry the asset id, which is
-- therefore the id of their instrument.
insert into instrument (id, kind, issuer_organisation, unit, currency, created_at)
select id, 'ASSET_TOKEN', issuer_organisation, 'TOKEN', currency, coalesce(tokenized_at, submitted_at)
from asset where ledger_transaction_id is not null;

insert into asset_instrument (asset_id, instrument_id)
select id, id from asset where ledger_transaction_id is not null;
