-- Parties: organisations (ledger identities) and the people who sign in.
create table organisation (
    id          varchar(64)  primary key,
    name        varchar(200) not null,
    x500_name   varchar(400) not null unique,
    kind        varchar(20)  not null check (kind in ('ORIGINATOR', 'TRUSTEE', 'INVESTOR', 'OPERATOR'))
);

create table user_account (
    username         varchar(64)  primary key,
    display_name     varchar(200) not null,
    password_hash    varchar(200) not null,
    organisation_id  varchar(64)  not null references organisation (id),
    active           boolean      not null default true
);

create table user_role (
    username  varchar(64) not null references user_account (username) on delete cascade,
    role      varchar(20) not null check (role in ('ORIGINATOR', 'TRUSTEE', 'COMPLIANCE', 'INVESTOR', 'ADMIN')),
    primary key (username, role)
);

-- Origination: assets, their documents and the reviewers' decisions.
create sequence asset_number_seq start with 1 increment by 1;

create table asset (
    id                     varchar(32)    primary key,
    kind                   varchar(20)    not null check (kind in ('REAL_ESTATE', 'COPYRIGHT')),
    title                  varchar(200)   not null,
    address                varchar(500)   not null,
    jurisdiction           varchar(100)   not null,
    appraised_value        numeric(22, 4) not null check (appraised_value > 0),
    currency               char(3)        not null,
    tokens_to_issue        bigint         not null check (tokens_to_issue > 0),
    originator             varchar(64)    not null references user_account (username),
    issuer_organisation    varchar(64)    not null references organisation (id),
    status                 varchar(30)    not null,
    submission_key         varchar(100)   not null unique,
    submitted_at           timestamptz    not null,
    process_instance_id    varchar(64),
    missing_documents      varchar(1000),
    rejection_reason       varchar(2000),
    ledger_transaction_id  varchar(128),
    diligence_digest       varchar(64),
    tokenized_at           timestamptz,
    version                bigint         not null default 0
);
create index asset_originator_idx on asset (originator, submitted_at desc);
create index asset_status_idx on asset (status);

create table asset_document (
    id             varchar(36)  primary key,
    asset_id       varchar(32)  not null references asset (id) on delete cascade,
    document_type  varchar(40)  not null,
    file_name      varchar(255) not null,
    media_type     varchar(100) not null,
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         char(64)     not null,
    content        bytea        not null,
    uploaded_at    timestamptz  not null
);
create index asset_document_asset_idx on asset_document (asset_id);

create table review_decision (
    id               varchar(36)   primary key,
    asset_id         varchar(32)   not null references asset (id) on delete cascade,
    task_id          varchar(64)   not null unique,
    step             varchar(64)   not null,
    decided_by       varchar(64)   not null references user_account (username),
    decided_by_name  varchar(200)  not null,
    approved         boolean       not null,
    comment          varchar(2000),
    decided_at       timestamptz   not null
);
create index review_decision_asset_idx on review_decision (asset_id);
