-- Issue 11, section 2: each instrument's transfer rules as a versioned rule set (eligible investor
-- categories, country allow and deny lists, maximum number of holders, minimum and maximum holding,
-- lock-up, holding period after each purchase, trading halted), the history of every version, the
-- registrar's proposed changes (approved by a trustee, four eyes) and the KYC expiry the rules check.

-- The current rule set, on the instrument. The placeholder's free-text restrictions were always empty.
alter table instrument drop column transfer_restrictions;
alter table instrument
    add column eligible_categories    varchar(200)  not null default '',
    add column allowed_countries      varchar(1000) not null default '',
    add column denied_countries       varchar(1000) not null default '',
    add column max_holders            integer       check (max_holders > 0),
    add column min_holding            bigint        check (min_holding > 0),
    add column max_holding            bigint        check (max_holding > 0),
    add column locked_until           timestamptz,
    add column holding_period_seconds bigint        not null default 0 check (holding_period_seconds >= 0),
    add column trading_halted         boolean       not null default false;

-- Every version of every instrument's rule set, never changed once written.
create table transfer_rule_version (
    instrument_id           varchar(64)   not null references instrument (id),
    transfer_rules_version  integer       not null check (transfer_rules_version > 0),
    eligible_categories     varchar(200)  not null,
    allowed_countries       varchar(1000) not null,
    denied_countries        varchar(1000) not null,
    max_holders             integer,
    min_holding             bigint,
    max_holding             bigint,
    locked_until            timestamptz,
    holding_period_seconds  bigint        not null,
    trading_halted          boolean       not null,
    effective_at            timestamptz   not null,
    proposed_by             varchar(64),   -- null for version 1 (chosen at tokenization)
    approved_by             varchar(64),
    change_id               varchar(40),
    primary key (instrument_id, transfer_rules_version)
);

insert into transfer_rule_version (instrument_id, transfer_rules_version, eligible_categories,
        allowed_countries, denied_countries, holding_period_seconds, trading_halted, effective_at)
select id, transfer_rules_version, '', '', '', 0, false, created_at from instrument;

-- A change the registrar proposed; a trustee approves or rejects it in process transfer-rules-change.
create table transfer_rule_change (
    id                      varchar(40)   primary key,
    instrument_id           varchar(64)   not null references instrument (id),
    base_version            integer       not null,
    transfer_rules_version  integer       not null,
    eligible_categories     varchar(200)  not null,
    allowed_countries       varchar(1000) not null,
    denied_countries        varchar(1000) not null,
    max_holders             integer,
    min_holding             bigint,
    max_holding             bigint,
    locked_until            timestamptz,
    holding_period_seconds  bigint        not null,
    trading_halted          boolean       not null,
    reason                  varchar(2000) not null,
    proposed_by             varchar(64)   not null,
    proposed_at             timestamptz   not null,
    status                  varchar(20)   not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    decided_by              varchar(64),
    decided_at              timestamptz,
    decision_comment        varchar(2000),
    version                 bigint        not null default 0
);
create index transfer_rule_change_instrument_idx on transfer_rule_change (instrument_id, proposed_at);
-- at most one open proposal per instrument
create unique index transfer_rule_change_open_idx on transfer_rule_change (instrument_id)
    where status = 'PROPOSED';

-- KYC expiry: the last day an investor's KYC is valid. A lapsed investor may sell but not buy.
-- Records made before: one year after approval.
alter table investor_eligibility add column kyc_expires_on date;
update investor_eligibility set kyc_expires_on = (approved_at at time zone 'UTC')::date + interval '1 year';
alter table investor_eligibility alter column kyc_expires_on set not null;
