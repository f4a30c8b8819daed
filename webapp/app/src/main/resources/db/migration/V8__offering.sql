-- Primary offerings (issue 11, section 4): the issuer's offer of an instrument's tokens at a fixed
-- price in a window, the investors' subscriptions (cash reserved at once) and, per subscription,
-- its allocation and the ledger transaction that settled it (DvP).
create sequence offering_number_seq;

create table offering (
    id                    varchar(40)  primary key,
    instrument_id         varchar(100) not null,
    issuer_organisation   varchar(100) not null,
    issuer_party          varchar(400) not null,
    opened_by             varchar(100) not null,
    quantity_offered      bigint       not null check (quantity_offered > 0),
    price_minor           bigint       not null check (price_minor > 0),
    currency              char(3)      not null,
    minimum_subscription  bigint       not null check (minimum_subscription > 0),
    opens_at              timestamptz  not null,
    closes_at             timestamptz  not null,
    allocation_rule       varchar(16)  not null check (allocation_rule in ('FIRST_COME', 'PRO_RATA')),
    status                varchar(20)  not null
        check (status in ('PENDING_APPROVAL', 'OPEN', 'REJECTED', 'CLOSED', 'SETTLED')),
    rejection_reason      text,
    close_requested_at    timestamptz,
    closed_at             timestamptz,
    settled_at            timestamptz,
    quantity_allocated    bigint,
    quantity_unallocated  bigint,
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    check (closes_at > opens_at)
);
create index offering_status on offering (status);

create sequence subscription_id_seq;

create table offering_subscription (
    id                      bigint       primary key,
    offering_id             varchar(40)  not null references offering (id),
    investor_user           varchar(100) not null,
    holder_party            varchar(400) not null,
    subscription_key        varchar(200) not null,
    quantity                bigint       not null check (quantity > 0),
    reserved_minor          bigint       not null check (reserved_minor > 0),
    reservation_key         varchar(200) not null unique,
    subscribed_at           timestamptz  not null,
    status                  varchar(20)  not null
        check (status in ('RESERVED', 'ALLOCATED', 'NOT_ALLOCATED', 'SETTLED')),
    allocation_number       integer,
    quantity_allocated      bigint,
    amount_minor            bigint,
    released_minor          bigint,
    ledger_transaction_id   varchar(200),
    settled_at              timestamptz,
    version                 bigint       not null default 0,
    unique (offering_id, investor_user, subscription_key),
    unique (offering_id, allocation_number)
);
create index offering_subscription_investor on offering_subscription (investor_user);
