-- The total of each cash account's ACTIVE reservations, kept on the account row by the database
-- (ADR 0037). Order entry read it as a sum over the account's active reservations at every batch,
-- which grew with the investor's resting orders. Every change of a reservation already locks its
-- account row first, so the trigger's update waits for nothing new; it also covers rows written
-- by hand or by tests.
alter table cash_account add column reserved_minor bigint not null default 0
    check (reserved_minor >= 0);

update cash_account a set reserved_minor = s.total
  from (select holder, currency, sum(amount_minor) as total
          from cash_reservation where status = 'ACTIVE' group by holder, currency) s
 where a.holder = s.holder and a.currency = s.currency;

create function cash_reserved_total() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') and old.status = 'ACTIVE' then
    update cash_account set reserved_minor = reserved_minor - old.amount_minor
     where holder = old.holder and currency = old.currency;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.status = 'ACTIVE' then
    update cash_account set reserved_minor = reserved_minor + new.amount_minor
     where holder = new.holder and currency = new.currency;
  end if;
  return null;
end
$$;

create trigger cash_reserved_total
  after insert or delete or update of status, amount_minor, holder, currency on cash_reservation
  for each row execute function cash_reserved_total();
