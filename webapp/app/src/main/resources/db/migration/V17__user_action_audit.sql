-- The audit log of user actions (issue 16): who did what, when, from where, with what outcome.
-- Append-only: rows are only ever inserted. The triggers below refuse UPDATE, DELETE and TRUNCATE
-- for every database user, the application's own included (see ADR 0014).
create table user_action (
    id              bigint generated always as identity primary key,
    at              timestamptz   not null,
    username        varchar(100)  not null,
    organisation    varchar(200),
    channel         varchar(10)   not null,
    action          varchar(200)  not null,
    subject         varchar(400),
    client_address  varchar(64),
    outcome         varchar(10)   not null check (outcome in ('SUCCEEDED', 'REFUSED', 'FAILED')),
    reason          varchar(1000)
);
create index user_action_at_idx on user_action (at desc, id desc);
create index user_action_username_idx on user_action (username, at desc);

create function user_action_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'user_action is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger user_action_no_update_or_delete
    before update or delete on user_action
    for each row execute function user_action_is_append_only();

create trigger user_action_no_truncate
    before truncate on user_action
    for each statement execute function user_action_is_append_only();

-- The auditor: reads the audit logs, changes nothing.
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check
    check (role in ('ORIGINATOR', 'TRUSTEE', 'SENIOR_TRUSTEE', 'COMPLIANCE', 'LEGAL', 'VALUER',
                    'INVESTOR', 'REGISTRAR', 'SETTLEMENT_BANK', 'ADMIN', 'AUDITOR'));
