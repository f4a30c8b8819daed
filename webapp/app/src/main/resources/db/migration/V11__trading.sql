-- Secondary market (issue 12): the durable order book, trades and their DvP settlement, token
-- reservations of sellers, and each instrument's market state. Orders and trades are the source of
-- truth: the in-memory matching engine of an instrument is rebuilt from the resting orders
-- (status OPEN / PARTIALLY_FILLED, in priority_seq order) whenever book_version says another
-- instance (or a rolled-back transaction) changed the book. Holders are ledger parties (X.500).
create table market_state (
    instrument_id         varchar(64)  primary key,
    status                varchar(16)  not null check (status in ('OPEN', 'HALTED')),
    halt_reason           varchar(500),
    currency              char(3)      not null,
    tick_minor            bigint       not null check (tick_minor > 0),
    lot_size              bigint       not null check (lot_size > 0),
    reference_price_minor bigint       check (reference_price_minor > 0),
    band_percent          int          not null check (band_percent between 0 and 100),
    book_version          bigint       not null default 0,
    day_start             timestamptz,
    updated_at            timestamptz  not null
);

create sequence trade_order_seq;
create sequence trade_priority_seq;
create table trade_order (
    id                bigint       primary key,
    instrument_id     varchar(64)  not null references market_state (instrument_id),
    owner_user        varchar(100) not null,
    owner_party       varchar(400) not null,
    side              varchar(4)   not null check (side in ('BUY', 'SELL')),
    price_minor       bigint       not null check (price_minor > 0),
    quantity          bigint       not null check (quantity > 0),
    open_quantity     bigint       not null check (open_quantity >= 0),
    filled_quantity   bigint       not null default 0 check (filled_quantity >= 0),
    time_in_force     varchar(3)   not null check (time_in_force in ('GTC', 'DAY', 'IOC', 'FOK')),
    -- PENDING: durable, not yet seen by the matcher (shown as OPEN)
    status            varchar(16)  not null check (status in ('PENDING', 'OPEN', 'PARTIALLY_FILLED',
                                       'FILLED', 'CANCELLED', 'EXPIRED', 'REJECTED')),
    reject_reason     varchar(100),
    client_order_key  varchar(100) not null,
    -- the order's place in its price level's queue (null until it rests)
    priority_seq      bigint,
    -- the reservation the order holds now: cash key (buy) or token key (sell); generation grows
    reservation_key   varchar(200),
    reservation_gen   int          not null default 0,
    entered_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    unique (owner_user, client_order_key)
);
create index trade_order_book on trade_order (instrument_id, priority_seq)
    where status in ('OPEN', 'PARTIALLY_FILLED');
create index trade_order_pending on trade_order (instrument_id, id) where status = 'PENDING';
create index trade_order_owner on trade_order (owner_user, id desc);

create sequence trade_seq;
create table trade (
    id                 bigint       primary key,
    instrument_id      varchar(64)  not null references market_state (instrument_id),
    buy_order_id       bigint       not null references trade_order (id),
    sell_order_id      bigint       not null references trade_order (id),
    buyer_party        varchar(400) not null,
    seller_party       varchar(400) not null,
    price_minor        bigint       not null check (price_minor > 0),
    quantity           bigint       not null check (quantity > 0),
    amount_minor       bigint       not null check (amount_minor > 0),
    currency           char(3)      not null,
    aggressor_side     varchar(4)   not null,
    executed_at        timestamptz  not null,
    settlement         varchar(16)  not null check (settlement in ('PENDING', 'RETRYING', 'SETTLED',
                                        'INCIDENT', 'REFUSED')),
    ledger_tx_id       varchar(200),
    attempts           int          not null default 0,
    last_problem       varchar(2000),
    next_attempt_at    timestamptz  not null,
    settled_at         timestamptz
);
create index trade_instrument on trade (instrument_id, id desc);
create index trade_unsettled on trade (next_attempt_at) where settlement in ('PENDING', 'RETRYING');
create index trade_buy_order on trade (buy_order_id);
create index trade_sell_order on trade (sell_order_id);

-- Tokens a seller promised: available = unfrozen ledger holding - active reservations. Each change
-- of one (holder, instrument) first locks its account row (as cash_account does for cash).
create table token_account (
    holder        varchar(400) not null,
    instrument_id varchar(64)  not null,
    created_at    timestamptz  not null,
    primary key (holder, instrument_id)
);
create table token_reservation (
    reservation_key varchar(200) primary key,
    holder          varchar(400) not null,
    instrument_id   varchar(64)  not null,
    quantity        bigint       not null check (quantity > 0),
    purpose         varchar(200) not null,
    status          varchar(16)  not null check (status in ('ACTIVE', 'RELEASED', 'CONSUMED')),
    created_at      timestamptz  not null,
    closed_at       timestamptz,
    foreign key (holder, instrument_id) references token_account (holder, instrument_id)
);
create index token_reservation_active on token_reservation (holder, instrument_id)
    where status = 'ACTIVE';
