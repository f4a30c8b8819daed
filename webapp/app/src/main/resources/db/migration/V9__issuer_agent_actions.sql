-- Issuer-agent controls (issue 11, section 3): freeze / unfreeze a holding, pause / resume an
-- instrument, forced transfer, recovery. Each is requested by the registrar with a reason and an
-- evidence document, approved by a trustee (four eyes), and carried out once.
create table issuer_agent_action (
    id                    varchar(40)  primary key,
    instrument_id         varchar(64)  not null references instrument (id),
    kind                  varchar(20)  not null check (kind in ('FREEZE', 'UNFREEZE', 'PAUSE',
                                           'RESUME', 'FORCED_TRANSFER', 'RECOVERY')),
    holder                varchar(400),
    recipient             varchar(400),
    quantity              bigint       check (quantity is null or quantity > 0),
    reason                varchar(2000) not null,
    status                varchar(20)  not null check (status in ('REQUESTED', 'APPROVED',
                                           'REJECTED', 'EXECUTED')),
    requested_by          varchar(64)  not null,
    requested_by_name     varchar(200) not null,
    requested_at          timestamptz  not null,
    decided_by            varchar(64),
    decided_by_name       varchar(200),
    decided_at            timestamptz,
    decision_comment      varchar(2000),
    ledger_transaction_id varchar(200),
    executed_at           timestamptz,
    request_key           varchar(64)  not null unique,
    version               bigint       not null default 0
);
create index issuer_agent_action_instrument_idx on issuer_agent_action (instrument_id, requested_at);
create index issuer_agent_action_holder_idx on issuer_agent_action (holder);

create table issuer_agent_action_evidence (
    id             varchar(36)  primary key,
    action_id      varchar(40)  not null unique references issuer_agent_action (id) on delete cascade,
    file_name      varchar(255) not null,
    media_type     varchar(100) not null,
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         char(64)     not null,
    content        bytea        not null,
    uploaded_at    timestamptz  not null
);

-- Whether an instrument is paused (a paused instrument refuses every transfer), who paused it,
-- why and when; one row per instrument once it was first paused.
create table instrument_pause (
    instrument_id  varchar(64)  primary key references instrument (id),
    paused         boolean      not null,
    changed_by     varchar(64)  not null,
    reason         varchar(2000) not null,
    changed_at     timestamptz  not null,
    action_id      varchar(40)  not null references issuer_agent_action (id),
    version        bigint       not null default 0
);
