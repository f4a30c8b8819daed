-- Supply-chain finance, cross-border payment versus payment (issue 22, part 6): party A instructs
-- that it pays one currency (cash of one settlement bank) to party B against B paying another
-- currency (cash of another bank) at an agreed rate; B accepts and both legs settle in one ledger
-- transaction (request key pvp-<id>.settle), or B declines. The amounts and the rate are the
-- agreed terms; the ledger's cash contract checks the transaction against them.
create table financing_pvp (
    id                   varchar(64)  primary key,
    party_a              varchar(64)  not null references organisation (id),
    party_b              varchar(64)  not null references organisation (id),
    pay_currency         varchar(3)   not null,
    pay_bank             varchar(64)  not null references organisation (id),
    pay_minor            bigint       not null check (pay_minor > 0),
    receive_currency     varchar(3)   not null,
    receive_bank         varchar(64)  not null references organisation (id),
    receive_minor        bigint       not null check (receive_minor > 0),
    base_currency        varchar(3)   not null,
    rate                 varchar(40)  not null,
    status               varchar(20)  not null,
    instructed_by        varchar(100) not null,
    client_key           varchar(100) not null,
    instructed_at        timestamptz  not null,
    decided_by           varchar(100),
    decided_at           timestamptz,
    decline_reason       varchar(500),
    ledger_transaction   varchar(200),
    unique (instructed_by, client_key),
    check (party_a <> party_b),
    check (pay_currency <> receive_currency),
    check (base_currency in (pay_currency, receive_currency))
);

create index financing_pvp_by_party_a on financing_pvp (party_a);
create index financing_pvp_by_party_b on financing_pvp (party_b);
