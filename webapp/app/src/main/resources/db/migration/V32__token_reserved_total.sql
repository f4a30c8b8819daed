-- The total of each token account's ACTIVE reservations, kept on the account row by the database
-- (ADR 0037), as V31 does for cash.
alter table token_account add column reserved_quantity bigint not null default 0
    check (reserved_quantity >= 0);

update token_account a set reserved_quantity = s.total
  from (select holder, instrument_id, sum(quantity) as total
          from token_reservation where status = 'ACTIVE' group by holder, instrument_id) s
 where a.holder = s.holder and a.instrument_id = s.instrument_id;

create function token_reserved_total() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') and old.status = 'ACTIVE' then
    update token_account set reserved_quantity = reserved_quantity - old.quantity
     where holder = old.holder and instrument_id = old.instrument_id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.status = 'ACTIVE' then
    update token_account set reserved_quantity = reserved_quantity + new.quantity
     where holder = new.holder and instrument_id = new.instrument_id;
  end if;
  return null;
end
$$;

create trigger token_reserved_total
  after insert or delete or update of status, quantity, holder, instrument_id on token_reservation
  for each row execute function token_reserved_total();
