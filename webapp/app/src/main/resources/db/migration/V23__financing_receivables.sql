-- Supply-chain finance (issue 22, part 1): a supplier's receivable on a core enterprise in
-- onboarding (process receivable-onboarding), with its purchase order and delivery proof.
-- Status: SUBMITTED (waits for the debtor) -> CONFIRMED (the debtor confirmed; compliance reviews)
-- -> CERTIFIED (the payable certificate is issued); or DISPUTED (by the debtor, with its reason)
-- or REJECTED (by compliance, with its reason).
create sequence financing_receivable_number_seq;

create table financing_receivable (
    id                        varchar(64)   primary key,
    supplier_organisation     varchar(64)   not null references organisation (id),
    submitted_by              varchar(64)   not null,
    debtor_organisation       varchar(64)   not null references organisation (id),
    invoice_number            varchar(100)  not null,
    invoice_fingerprint       varchar(64)   not null,
    amount_minor              bigint        not null check (amount_minor > 0),
    currency                  varchar(3)    not null,
    issue_date                date          not null,
    due_date                  date          not null,
    status                    varchar(16)   not null
        check (status in ('SUBMITTED', 'CONFIRMED', 'DISPUTED', 'REJECTED', 'CERTIFIED')),
    confirmed_by              varchar(64),
    confirmed_at              timestamptz,
    approved_by               varchar(64),
    approved_at               timestamptz,
    decided_by                varchar(64),
    reason                    varchar(2000),
    certificate_id            varchar(64),
    process_instance_id       varchar(64),
    submitted_at              timestamptz   not null,
    version                   bigint        not null default 0,
    check (due_date > issue_date),
    check (supplier_organisation <> debtor_organisation)
);

-- One live case per invoice, whoever submits it (the fingerprint leaves the supplier out): a
-- concurrent second submission fails here. A disputed or rejected invoice may be submitted again.
create unique index financing_receivable_live_invoice on financing_receivable (invoice_fingerprint)
    where status in ('SUBMITTED', 'CONFIRMED', 'CERTIFIED');
create index financing_receivable_by_supplier on financing_receivable (supplier_organisation);
create index financing_receivable_by_debtor on financing_receivable (debtor_organisation);

create table financing_receivable_document (
    id             varchar(36)  primary key,
    receivable_id  varchar(64)  not null references financing_receivable (id) on delete cascade,
    document_type  varchar(40)  not null check (document_type in ('PURCHASE_ORDER', 'DELIVERY_PROOF')),
    file_name      varchar(255) not null,
    media_type     varchar(100) not null,
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         char(64)     not null,
    content        bytea        not null,
    uploaded_at    timestamptz  not null
);
create index financing_receivable_document_by_receivable on financing_receivable_document (receivable_id);
