-- Securitization (issue 14, payment date): one row per closed deal and period. The servicer's
-- report (the period's collections and the delinquency buckets), the waterfall's result and the
-- deal's state after it (JSON, written by org.cornerstone.waterfall), the trustee's decision, the
-- record date and the ledger transactions that paid the tranche holders. A period is paid once: a
-- rejected report may be submitted again (the row is replaced), any other state refuses it.
create table securitization_payment_date (
    id                    varchar(80)  primary key,
    deal_id               varchar(64)  not null references securitization_deal (id),
    period                integer      not null check (period >= 1),
    payment_date          date         not null,
    interest_minor        bigint       not null check (interest_minor >= 0),
    principal_minor       bigint       not null check (principal_minor >= 0),
    recoveries_minor      bigint       not null check (recoveries_minor >= 0),
    losses_minor          bigint       not null check (losses_minor >= 0),
    current_minor         bigint       not null check (current_minor >= 0),
    current_count         integer      not null check (current_count >= 0),
    days30_minor          bigint       not null check (days30_minor >= 0),
    days30_count          integer      not null check (days30_count >= 0),
    days60_minor          bigint       not null check (days60_minor >= 0),
    days60_count          integer      not null check (days60_count >= 0),
    days90_minor          bigint       not null check (days90_minor >= 0),
    days90_count          integer      not null check (days90_count >= 0),
    status                varchar(20)  not null
        check (status in ('REPORTED', 'UNDER_REVIEW', 'APPROVED', 'PAID', 'REJECTED')),
    result_json           text,
    state_json            text,
    junior_restricted     boolean      not null default false,
    record_date           date,
    reported_by           varchar(100) not null,
    reported_at           timestamptz  not null,
    approved_by           varchar(100),
    rejected_by           varchar(100),
    rejection_reason      varchar(2000),
    payment_transactions  text,
    version               bigint       not null default 0,
    unique (deal_id, period)
);

create index securitization_payment_date_deal on securitization_payment_date (deal_id, period);
