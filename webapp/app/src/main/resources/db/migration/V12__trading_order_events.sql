-- Every order's life (issue 12, helper tplus): one row per event, written in the transaction that
-- changed the order (entered, filled per trade, amended, cancelled, expired, rejected) or settled
-- or refused one of its trades.
create table trade_order_event (
    id           bigserial    primary key,
    order_id     bigint       not null references trade_order (id),
    at           timestamptz  not null,
    kind         varchar(20)  not null check (kind in ('ENTERED', 'FILLED', 'AMENDED', 'CANCELLED',
                                                       'EXPIRED', 'REJECTED', 'SETTLED', 'REFUSED')),
    quantity     bigint       not null check (quantity >= 0),
    price_minor  bigint,
    reason       varchar(1000)
);
create index trade_order_event_order on trade_order_event (order_id, id);
