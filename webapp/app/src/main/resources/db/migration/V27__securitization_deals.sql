-- Securitization (issue 14, structuring): the arranger (role STRUCTURER) creates a deal, selects
-- the seller's eligible holdings into its pool, defines the SPV (an organisation of kind SPV with
-- its own ledger identity), the tranches, fees, reserve and triggers (stored as the deal file's
-- structure, JSON), and submits it for legal review and trustee approval.
alter table organisation drop constraint organisation_kind_check;
alter table organisation add constraint organisation_kind_check
    check (kind in ('ORIGINATOR', 'TRUSTEE', 'INVESTOR', 'OPERATOR', 'SETTLEMENT_BANK',
                    'CORE_ENTERPRISE', 'SUPPLIER', 'FINANCIER', 'SPV'));

alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check
    check (role in ('ORIGINATOR', 'TRUSTEE', 'SENIOR_TRUSTEE', 'COMPLIANCE', 'LEGAL', 'VALUER',
                    'INVESTOR', 'REGISTRAR', 'SETTLEMENT_BANK', 'ADMIN', 'AUDITOR', 'SERVICER',
                    'DEBTOR', 'SUPPLIER', 'FINANCIER', 'STRUCTURER'));

create table securitization_deal (
    id                    varchar(64)  primary key,
    name                  varchar(200) not null,
    currency              varchar(3)   not null,
    seller_organisation   varchar(64)  not null references organisation (id),
    servicer_organisation varchar(64)  not null references organisation (id),
    spv_organisation      varchar(64)  not null references organisation (id),
    payment_frequency     varchar(20)  not null
        check (payment_frequency in ('MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL')),
    closing_date          date         not null,
    first_payment_date    date         not null,
    concentration_limit   numeric(7, 6) not null
        check (concentration_limit > 0 and concentration_limit <= 1),
    status                varchar(20)  not null,
    structure_json        text,
    deal_file             text,
    created_by            varchar(100) not null,
    client_key            varchar(100) not null,
    created_at            timestamptz  not null,
    submitted_by          varchar(100),
    submitted_at          timestamptz,
    closing_transaction   varchar(200),
    senior_offering       varchar(64),
    rejected_by           varchar(100),
    rejection_reason      varchar(2000),
    unique (created_by, client_key),
    check (first_payment_date > closing_date)
);

create table securitization_pool_asset (
    deal_id             varchar(64)  not null references securitization_deal (id),
    instrument_id       varchar(100) not null,
    instrument_kind     varchar(30)  not null,
    title               varchar(300) not null,
    obligor             varchar(64)  not null,
    quantity            bigint       not null check (quantity > 0),
    balance_minor       bigint       not null check (balance_minor > 0),
    maturity_date       date,
    added_by            varchar(100) not null,
    added_at            timestamptz  not null,
    primary key (deal_id, instrument_id)
);
