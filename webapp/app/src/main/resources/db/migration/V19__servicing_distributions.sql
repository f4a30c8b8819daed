-- Servicing (issue 13): collections reported by the servicer, distributions to the holders at a
-- record date, and each holder's entitlement (one row per distribution and holder: the unit of
-- payment idempotency). Amounts in whole minor units of the distribution's currency.

alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check
    check (role in ('ORIGINATOR', 'TRUSTEE', 'SENIOR_TRUSTEE', 'COMPLIANCE', 'LEGAL', 'VALUER',
                    'INVESTOR', 'REGISTRAR', 'SETTLEMENT_BANK', 'ADMIN', 'AUDITOR', 'SERVICER'));

create sequence servicing_distribution_seq;

create table servicing_distribution (
    id                   varchar(40)   primary key,
    instrument_id        varchar(100)  not null,
    instrument_name      varchar(300)  not null,
    period               varchar(40)   not null,
    currency             varchar(3)    not null,
    gross_minor          bigint        not null check (gross_minor > 0),
    costs_minor          bigint        not null check (costs_minor >= 0),
    net_minor            bigint        not null check (net_minor > 0),
    tax_minor            bigint        not null default 0 check (tax_minor >= 0),
    remainder_minor      bigint        not null default 0 check (remainder_minor >= 0),
    supply               bigint,
    record_date          date          not null,
    payment_date         date          not null check (payment_date >= record_date),
    payer                varchar(400)  not null,
    state                varchar(20)   not null
        check (state in ('REPORTED', 'APPROVED', 'ENTITLED', 'PAID', 'REJECTED')),
    reported_by          varchar(100)  not null,
    reported_at          timestamptz   not null,
    first_approver       varchar(100),
    second_approver      varchar(100),
    needs_second         boolean       not null default false,
    rejected_by          varchar(100),
    rejection_reason     varchar(2000),
    evidence_name        varchar(255)  not null,
    evidence_media_type  varchar(100)  not null,
    evidence_sha256      varchar(64)   not null,
    evidence             bytea         not null,
    funding_transaction  varchar(200),
    version              bigint        not null default 0,
    unique (instrument_id, period)
);

create index servicing_distribution_instrument on servicing_distribution (instrument_id);

create table servicing_entitlement (
    distribution_id      varchar(40)   not null references servicing_distribution (id),
    holder               varchar(400)  not null,
    quantity             bigint        not null check (quantity > 0),
    frozen               boolean       not null,
    gross_minor          bigint        not null check (gross_minor >= 0),
    rounded_up           boolean       not null,
    country              varchar(10)   not null,
    category             varchar(20)   not null,
    withholding_bps      integer       not null check (withholding_bps between 0 and 10000),
    tax_minor            bigint        not null check (tax_minor >= 0),
    net_minor            bigint        not null check (net_minor >= 0),
    state                varchar(20)   not null check (state in ('PENDING', 'PAID', 'HELD', 'RETAINED')),
    batch_no             integer,
    ledger_transaction   varchar(200),
    paid_at              timestamptz,
    primary key (distribution_id, holder)
);

create index servicing_entitlement_holder on servicing_entitlement (holder);
