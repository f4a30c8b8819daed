-- Supply-chain finance (issue 22, parts 3 and 5): the hops of each payable certificate (a holder
-- transfers part of its holding to another supplier, one ledger transaction each, idempotent by
-- the holder's request key) and the certificate's maturity: per holder what was due, what the
-- obligor paid in cash tokens, what was redeemed and what is overdue.
create table financing_hop (
    id                          varchar(64)  primary key,
    certificate_id              varchar(64)  not null references financing_certificate (id),
    request_key                 varchar(120) not null unique,
    from_organisation           varchar(64)  not null references organisation (id),
    to_organisation             varchar(64)  not null references organisation (id),
    amount_minor                bigint       not null check (amount_minor > 0),
    kind                        varchar(20)  not null,
    ledger_transaction_id       varchar(200) not null,
    requested_by                varchar(100) not null,
    recorded_at                 timestamptz  not null,
    check (from_organisation <> to_organisation)
);

create index financing_hop_by_certificate on financing_hop (certificate_id, recorded_at);

create table financing_maturity (
    certificate_id              varchar(64)  primary key references financing_certificate (id),
    state                       varchar(20)  not null,
    due_minor                   bigint       not null check (due_minor >= 0),
    cash_available_minor        bigint       not null check (cash_available_minor >= 0),
    process_instance_id         varchar(64),
    allocated_at                timestamptz  not null,
    settled_at                  timestamptz
);

create table financing_maturity_payment (
    certificate_id              varchar(64)  not null references financing_maturity (certificate_id),
    holder_organisation         varchar(64)  not null references organisation (id),
    holder_x500                 varchar(300) not null,
    due_minor                   bigint       not null check (due_minor > 0),
    allocated_minor             bigint       not null check (allocated_minor >= 0 and allocated_minor <= due_minor),
    payment_transaction_id      varchar(200),
    redemption_transaction_id   varchar(200),
    overdue_paid_minor          bigint       not null default 0 check (overdue_paid_minor >= 0),
    overdue_payment_transaction_id    varchar(200),
    overdue_redemption_transaction_id varchar(200),
    state                       varchar(20)  not null,
    primary key (certificate_id, holder_organisation),
    check (allocated_minor + overdue_paid_minor <= due_minor)
);

create table financing_notification (
    id                          bigserial    primary key,
    organisation                varchar(64)  not null references organisation (id),
    certificate_id              varchar(64)  not null references financing_certificate (id),
    kind                        varchar(40)  not null,
    amount_minor                bigint       not null,
    created_at                  timestamptz  not null
);

create index financing_notification_by_organisation on financing_notification (organisation, created_at);
