-- Cash on the ledger (issue 11, section 1): an account row per holder and currency that
-- reservations lock (SELECT ... FOR UPDATE), the reservations themselves, and the investors'
-- deposit and withdrawal requests. Holders are ledger parties by X.500 name.
create table cash_account (
    holder      varchar(400) not null,
    currency    char(3)      not null,
    created_at  timestamptz  not null,
    primary key (holder, currency)
);

create table cash_reservation (
    reservation_key varchar(200) primary key,
    holder          varchar(400) not null,
    currency        char(3)      not null,
    amount_minor    bigint       not null check (amount_minor > 0),
    purpose         varchar(200) not null,
    status          varchar(16)  not null check (status in ('ACTIVE', 'RELEASED', 'CONSUMED')),
    created_at      timestamptz  not null,
    closed_at       timestamptz,
    foreign key (holder, currency) references cash_account (holder, currency)
);
create index cash_reservation_active on cash_reservation (holder, currency) where status = 'ACTIVE';

create table cash_request (
    id                  varchar(40)  primary key,
    kind                varchar(16)  not null check (kind in ('DEPOSIT', 'WITHDRAWAL')),
    holder              varchar(400) not null,
    requested_by        varchar(100) not null,
    client_key          varchar(200) not null,
    currency            char(3)      not null,
    amount_minor        bigint       not null check (amount_minor > 0),
    reference           varchar(200),
    status              varchar(16)  not null
        check (status in ('REQUESTED', 'CONFIRMED', 'REJECTED', 'COMPLETED')),
    reject_reason       varchar(1000),
    decided_by          varchar(100),
    ledger_transaction  varchar(200),
    process_instance_id varchar(64),
    requested_at        timestamptz  not null,
    decided_at          timestamptz,
    completed_at        timestamptz,
    version             bigint       not null default 0,
    unique (requested_by, client_key)
);
create index cash_request_holder on cash_request (holder, requested_at desc);
create sequence cash_request_seq;
