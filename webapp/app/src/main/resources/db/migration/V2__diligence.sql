-- Issue 5: onboarding with due diligence (compliance, valuation, legal, two trustees, rework).

-- Assets: copyright evidence, risk class, the valuation and what it assumed, rework.
alter table asset alter column address drop not null;
alter table asset add column risk_class varchar(10) not null default 'MEDIUM'
    check (risk_class in ('LOW', 'MEDIUM', 'HIGH'));
alter table asset add column registration_number   varchar(100);
alter table asset add column registration_authority varchar(200);
alter table asset add column authors               varchar(500);
alter table asset add column rights_holder         varchar(200);
alter table asset add column rework_comment        varchar(2000);
alter table asset add column valuation_method      varchar(30)
    check (valuation_method in ('INDEPENDENT_APPRAISAL', 'ROYALTY_PROJECTION', 'TRUSTEE_OVERRIDE'));
alter table asset add column valuation_amount      numeric(22, 4) check (valuation_amount > 0);
alter table asset add column computed_valuation    numeric(22, 4);
alter table asset add column loan_to_value_bps     integer check (loan_to_value_bps between 1 and 10000);
alter table asset add column tokenization_cap      numeric(22, 4) check (tokenization_cap > 0);
alter table asset add column valued_by             varchar(64);
alter table asset add column valued_at             timestamptz;
alter table asset add column valuation_report_document_id varchar(36);
alter table asset add column discount_rate         numeric(6, 4);
alter table asset add column decay_rate            numeric(6, 4);
alter table asset add column horizon_months        integer;
alter table asset add column base_monthly_royalty  numeric(22, 4);
alter table asset add column months_of_history     integer;
alter table asset add column valuation_override_reason varchar(2000);
alter table asset add column originator_notified_at timestamptz;

update asset set status = 'IN_REVIEW' where status = 'IN_TRUSTEE_REVIEW';

-- Every human decision in any onboarding process (assets and investors): the audit trail.
create table task_decision (
    id                   varchar(36)   primary key,
    subject_id           varchar(32)   not null,
    process_instance_id  varchar(64),
    task_id              varchar(64)   not null unique,
    task_key             varchar(64)   not null,
    step                 varchar(200)  not null,
    decided_by           varchar(64)   not null references user_account (username),
    decided_by_name      varchar(200)  not null,
    decision             varchar(20)   not null check (decision in ('APPROVE', 'SEND_BACK', 'REJECT', 'RESUBMIT')),
    comment              varchar(2000),
    decided_at           timestamptz   not null
);
create index task_decision_subject_idx on task_decision (subject_id, decided_at);

insert into task_decision (id, subject_id, process_instance_id, task_id, task_key, step, decided_by,
                           decided_by_name, decision, comment, decided_at)
select d.id, d.asset_id, a.process_instance_id, d.task_id, 'trusteeReview', d.step, d.decided_by,
       d.decided_by_name, case when d.approved then 'APPROVE' else 'REJECT' end, d.comment, d.decided_at
  from review_decision d join asset a on a.id = d.asset_id;

drop table review_decision;

-- What the platform told a user (e.g. the originator, when the asset is tokenized).
create table notification (
    id          varchar(36)   primary key,
    recipient   varchar(64)   not null references user_account (username),
    subject_id  varchar(32)   not null,
    message     varchar(1000) not null,
    created_at  timestamptz   not null,
    unique (recipient, subject_id, message)
);
create index notification_recipient_idx on notification (recipient, created_at desc);

-- New reviewer roles.
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check
    check (role in ('ORIGINATOR', 'TRUSTEE', 'SENIOR_TRUSTEE', 'COMPLIANCE', 'LEGAL', 'VALUER', 'INVESTOR', 'ADMIN'));
