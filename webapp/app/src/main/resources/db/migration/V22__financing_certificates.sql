-- Supply-chain finance (issue 22): the terms of each payable certificate. Its holdings are on the
-- ledger (one token per minor unit of face value); the ledger also records the receivable with
-- the invoice's fingerprint. The unique fingerprint here answers early; the ledger decides.
create table financing_certificate (
    id                          varchar(64)  primary key references instrument (id),
    obligor_organisation        varchar(64)  not null references organisation (id),
    first_holder_organisation   varchar(64)  not null references organisation (id),
    face_value_minor            bigint       not null check (face_value_minor > 0),
    currency                    varchar(3)   not null,
    issue_date                  date         not null,
    maturity_date               date         not null,
    invoice_number              varchar(100) not null,
    invoice_fingerprint         varchar(64)  not null unique,
    evidence_digest             varchar(64)  not null,
    receivable_id               varchar(64),
    ledger_transaction_id       varchar(200),
    issued_at                   timestamptz  not null,
    check (maturity_date > issue_date),
    check (obligor_organisation <> first_holder_organisation)
);

create index financing_certificate_by_obligor on financing_certificate (obligor_organisation);
