-- Supply-chain finance (issue 22): the parties of a core enterprise's chain and their roles, and
-- the payable certificate as an instrument kind.
alter table organisation drop constraint organisation_kind_check;
alter table organisation add constraint organisation_kind_check
    check (kind in ('ORIGINATOR', 'TRUSTEE', 'INVESTOR', 'OPERATOR', 'SETTLEMENT_BANK',
                    'CORE_ENTERPRISE', 'SUPPLIER', 'FINANCIER'));

alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check
    check (role in ('ORIGINATOR', 'TRUSTEE', 'SENIOR_TRUSTEE', 'COMPLIANCE', 'LEGAL', 'VALUER',
                    'INVESTOR', 'REGISTRAR', 'SETTLEMENT_BANK', 'ADMIN', 'AUDITOR', 'SERVICER',
                    'DEBTOR', 'SUPPLIER', 'FINANCIER'));

alter table instrument drop constraint instrument_kind_check;
alter table instrument add constraint instrument_kind_check
    check (kind in ('ASSET_TOKEN', 'CASH', 'TRANCHE', 'RECEIVABLE_CERTIFICATE',
                    'PAYABLE_CERTIFICATE'));
