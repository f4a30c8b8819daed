-- Securitization (issue 14, loan tape): a deal's pool of many small loans, uploaded by the arranger
-- as a CSV tape while the deal is structured. One tape per deal (an upload replaces the whole tape
-- atomically); its loans one row each. The loans are not tokens: at closing the tape's SHA-256, loan
-- count and balance are recorded as assigned to the SPV (assigned_*), beside the true-sale
-- transaction of the tokenized assets (ADR 0028).
create table securitization_pool_tape (
    deal_id                 varchar(64)  primary key references securitization_deal (id),
    file_name               varchar(255) not null,
    sha256                  char(64)     not null,
    loan_count              integer      not null check (loan_count >= 0),
    balance_minor           bigint       not null check (balance_minor >= 0),
    uploaded_by             varchar(100) not null,
    uploaded_at             timestamptz  not null,
    assigned_at             timestamptz,
    assigned_loan_count     integer,
    assigned_balance_minor  bigint
);

create table securitization_pool_loan (
    deal_id         varchar(64)   not null references securitization_pool_tape (deal_id) on delete cascade,
    position        integer       not null,
    loan_id         varchar(200)  not null,
    obligor         varchar(300)  not null,
    balance_minor   bigint        not null check (balance_minor >= 0),
    rate            numeric(9, 6) not null check (rate >= 0 and rate <= 1),
    term            integer       not null check (term between 1 and 600),
    remaining_term  integer       not null check (remaining_term between 1 and 600),
    status          varchar(20)   not null
        check (status in ('PERFORMING', 'DELINQUENT', 'DEFAULTED', 'PAID_OFF')),
    primary key (deal_id, loan_id),
    unique (deal_id, position)
);
