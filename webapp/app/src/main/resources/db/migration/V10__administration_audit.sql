-- Administration: who created or changed which organisation or user, and when.
create table admin_audit (
    id          varchar(36)   primary key,
    at          timestamptz   not null,
    actor       varchar(64)   not null,
    action      varchar(40)   not null,
    subject     varchar(400)  not null,
    detail      varchar(1000)
);
create index admin_audit_at_idx on admin_audit (at desc);
