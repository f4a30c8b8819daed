-- Trading fees and market parameters (issue 12, helper tops).
-- Each market's fee schedule: a trading fee in basis points of the notional (price x quantity),
-- at least fee_min_minor per order once it trades, rounded HALF_UP to the currency's minor unit.
-- A new market gets 5 bps (the demo market); market operations change it (PUT .../parameters).
alter table market_state
    add column fee_bps       int    not null default 5 check (fee_bps between 0 and 100),
    add column fee_min_minor bigint not null default 0 check (fee_min_minor >= 0);

-- The fee of each buy order: the schedule it is charged at, the fee it still reserves (part of the
-- order's cash reservation: limit x open quantity + reserved_minor), the fee charged so far and the
-- notional executed so far. Written by the matching transaction at the order's first fill or
-- amendment.
create table trade_order_fee (
    order_id                bigint  primary key references trade_order (id),
    fee_bps                 int     not null,
    fee_min_minor           bigint  not null,
    reserved_minor          bigint  not null check (reserved_minor >= 0),
    charged_minor           bigint  not null check (charged_minor >= 0),
    executed_notional_minor bigint  not null check (executed_notional_minor >= 0)
);

-- The buyer's fee of a trade: reserved at the match (cash reservation trade-ID.fee), paid to the
-- market operator by a ledger cash move (request key trade-ID.fee) after the DvP settled; released
-- if the trade is refused at settlement.
create table trade_fee (
    trade_id        bigint       primary key references trade (id),
    payer_party     varchar(400) not null,
    payee_party     varchar(400),
    fee_minor       bigint       not null check (fee_minor > 0),
    currency        char(3)      not null,
    status          varchar(16)  not null check (status in ('PENDING', 'PAID', 'RELEASED')),
    ledger_tx_id    varchar(200),
    attempts        int          not null default 0,
    last_problem    varchar(2000),
    next_attempt_at timestamptz  not null,
    paid_at         timestamptz
);
create index trade_fee_unpaid on trade_fee (next_attempt_at) where status = 'PENDING';

-- Every change of a market's parameters: who, when, old -> new.
create table market_parameter_change (
    id                bigserial    primary key,
    instrument_id     varchar(64)  not null references market_state (instrument_id),
    changed_by        varchar(100) not null,
    changed_at        timestamptz  not null,
    old_tick_minor    bigint       not null,
    new_tick_minor    bigint       not null,
    old_lot_size      bigint       not null,
    new_lot_size      bigint       not null,
    old_band_percent  int          not null,
    new_band_percent  int          not null,
    old_fee_bps       int          not null,
    new_fee_bps       int          not null,
    old_fee_min_minor bigint       not null,
    new_fee_min_minor bigint       not null,
    reason            varchar(500)
);
create index market_parameter_change_instrument on market_parameter_change (instrument_id, id desc);
