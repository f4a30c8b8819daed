-- Two new parties for issue 11: the registrar's people and the settlement bank.
alter table organisation drop constraint organisation_kind_check;
alter table organisation add constraint organisation_kind_check
    check (kind in ('ORIGINATOR', 'TRUSTEE', 'INVESTOR', 'OPERATOR', 'SETTLEMENT_BANK'));

alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check
    check (role in ('ORIGINATOR', 'TRUSTEE', 'SENIOR_TRUSTEE', 'COMPLIANCE', 'LEGAL', 'VALUER',
                    'INVESTOR', 'REGISTRAR', 'SETTLEMENT_BANK', 'ADMIN'));
