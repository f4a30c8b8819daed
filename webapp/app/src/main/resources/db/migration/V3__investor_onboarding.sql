-- Investor onboarding: an investor registers, uploads identity documents, declares country and
-- category; compliance approves (eligibility recorded for the registrar), rejects or sends back.
create sequence investor_number_seq start with 1 increment by 1;

create table investor_profile (
    id                   varchar(32)   primary key,
    username             varchar(64)   not null unique references user_account (username),
    legal_name           varchar(200)  not null,
    country              char(2),
    category             varchar(20)   check (category in ('RETAIL', 'QUALIFIED', 'INSTITUTIONAL')),
    status               varchar(30)   not null check (status in ('REGISTERED', 'PROFILE_SUBMITTED',
                                           'IN_COMPLIANCE_REVIEW', 'SENT_BACK', 'ELIGIBLE', 'REJECTED')),
    compliance_comment   varchar(2000),
    rejection_reason     varchar(2000),
    process_instance_id  varchar(64),
    registered_at        timestamptz   not null,
    submitted_at         timestamptz,
    decided_at           timestamptz,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0,
    check (status in ('REGISTERED', 'REJECTED') or submitted_at is not null),
    check (status <> 'ELIGIBLE' or (country is not null and category is not null))
);
create index investor_profile_status_idx on investor_profile (status);

create table investor_document (
    id             varchar(36)  primary key,
    investor_id    varchar(32)  not null references investor_profile (id) on delete cascade,
    document_type  varchar(40)  not null check (document_type in ('PASSPORT', 'NATIONAL_ID',
                                    'PROOF_OF_ADDRESS', 'COMPANY_REGISTRATION', 'OTHER')),
    file_name      varchar(255) not null,
    media_type     varchar(100) not null,
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         char(64)     not null,
    content        bytea        not null,
    uploaded_at    timestamptz  not null
);
create index investor_document_investor_idx on investor_document (investor_id, uploaded_at);

-- The registrar's record of who may hold and trade tokens, and in which country and category.
create table investor_eligibility (
    id                      varchar(32)  primary key,
    investor_id             varchar(32)  not null unique references investor_profile (id),
    username                varchar(64)  not null references user_account (username),
    country                 char(2)      not null,
    category                varchar(20)  not null check (category in ('RETAIL', 'QUALIFIED', 'INSTITUTIONAL')),
    approved_at             timestamptz  not null,
    registrar_organisation  varchar(64)  references organisation (id)
);
create index investor_eligibility_username_idx on investor_eligibility (username);
