-- Servicing (issue 13): a held entitlement (the holder's tokens were frozen at the record date) is
-- paid once the registrar has unfrozen the holding and a trustee releases it. The release is recorded
-- on the entitlement: who released it (its payment's ledger transaction and time are the existing
-- columns). A released entitlement is PAID with frozen = true.

alter table servicing_entitlement add column released_by varchar(100);

alter table servicing_entitlement add constraint servicing_entitlement_released_paid
    check (released_by is null or (state = 'PAID' and frozen));
