-- Supply-chain finance (issue 22, part 4): discounting payable certificates at a financier.
-- A holder's request, the financier's quote (rate, fees, expiry) and, on acceptance, the price
-- fixed for the value date and the DvP's ledger transaction (request key discount-<id>.settle).
create table financing_discount (
    id                      varchar(64)   primary key,
    certificate_id          varchar(64)   not null references financing_certificate (id),
    obligor_organisation    varchar(64)   not null references organisation (id),
    holder_organisation     varchar(64)   not null references organisation (id),
    financier_organisation  varchar(64)   not null references organisation (id),
    face_minor              bigint        not null check (face_minor > 0),
    currency                varchar(3)    not null,
    maturity_date           date          not null,
    status                  varchar(16)   not null
        check (status in ('REQUESTED', 'QUOTED', 'ACCEPTED', 'SETTLED', 'DECLINED', 'WITHDRAWN')),
    requested_by            varchar(100)  not null,
    requested_at            timestamptz   not null,
    annual_rate             numeric(12, 8) check (annual_rate >= 0 and annual_rate <= 1),
    flat_fee_minor          bigint        check (flat_fee_minor >= 0),
    fee_bps                 numeric(9, 4) check (fee_bps >= 0 and fee_bps <= 10000),
    quoted_price_minor      bigint,
    quoted_proceeds_minor   bigint,
    quoted_value_date       date,
    expires_at              timestamptz,
    quoted_by               varchar(100),
    quoted_at               timestamptz,
    value_date              date,
    price_minor             bigint,
    fee_minor               bigint,
    proceeds_minor          bigint        check (proceeds_minor > 0),
    accepted_by             varchar(100),
    accepted_at             timestamptz,
    ledger_transaction_id   varchar(200),
    settled_at              timestamptz,
    closing_reason          varchar(500),
    check (holder_organisation <> financier_organisation),
    check (status <> 'SETTLED' or ledger_transaction_id is not null)
);

create index financing_discount_by_holder on financing_discount (holder_organisation);
create index financing_discount_by_financier on financing_discount (financier_organisation, obligor_organisation, status);

-- A financier's limit on its exposure to an obligor (face value, minor units) in a currency.
create table financing_discount_limit (
    id                      varchar(200)  primary key,
    financier_organisation  varchar(64)   not null references organisation (id),
    obligor_organisation    varchar(64)   not null references organisation (id),
    currency                varchar(3)    not null,
    limit_minor             bigint        not null check (limit_minor >= 0),
    set_by                  varchar(100)  not null,
    set_at                  timestamptz   not null,
    unique (financier_organisation, obligor_organisation, currency)
);
