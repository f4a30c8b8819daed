package org.cornerstone.trading.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.cornerstone.trading.domain.StoredOrder;
import org.cornerstone.trading.domain.StoredOrderEvent;

/**
 * The rows an order-entry batch writes, as one request (ADR 0038): an insert of every order from
 * arrays, then an insert of every event from arrays, so PostgreSQL runs two statements whatever the
 * batch's size and the driver sends them with one sync (one round trip). The events insert runs
 * after the orders insert, so the events' foreign key finds their orders.
 */
final class EnteredRows {
  private EnteredRows() {}

  /** The events' insert from arrays (6 parameters). */
  static final String EVENTS =
      "insert into trade_order_event (order_id, at, kind, quantity, price_minor, reason)"
          + " select * from unnest(?::bigint[], ?::timestamptz[], ?::varchar[], ?::bigint[],"
          + " ?::bigint[], ?::varchar[])";

  /** 24 parameters: the orders' 18 columns, then the events' 6, each an array. */
  static final String SQL =
      "insert into trade_order (id, instrument_id, owner_user, owner_party, side, price_minor,"
          + " quantity, open_quantity, filled_quantity, time_in_force, status, reject_reason,"
          + " client_order_key, priority_seq, reservation_key, reservation_gen, entered_at,"
          + " updated_at) select * from unnest(?::bigint[], ?::varchar[], ?::varchar[],"
          + " ?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],"
          + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[],"
          + " ?::int[], ?::timestamptz[], ?::timestamptz[]);\n"
          + EVENTS;

  static void bind(PreparedStatement s, List<StoredOrder> orders, List<StoredOrderEvent> events)
      throws SQLException {
    Column<StoredOrder> o = new Column<>(s, s.getConnection(), orders);
    o.set(1, "bigint", StoredOrder::id);
    o.set(2, "varchar", StoredOrder::instrumentId);
    o.set(3, "varchar", StoredOrder::ownerUser);
    o.set(4, "varchar", StoredOrder::ownerParty);
    o.set(5, "varchar", StoredOrder::side);
    o.set(6, "bigint", StoredOrder::priceMinor);
    o.set(7, "bigint", StoredOrder::quantity);
    o.set(8, "bigint", StoredOrder::openQuantity);
    o.set(9, "bigint", StoredOrder::filledQuantity);
    o.set(10, "varchar", StoredOrder::timeInForce);
    o.set(11, "varchar", r -> r.status().name());
    o.set(12, "varchar", StoredOrder::rejectReason);
    o.set(13, "varchar", StoredOrder::clientOrderKey);
    o.set(14, "bigint", StoredOrder::prioritySeq);
    o.set(15, "varchar", StoredOrder::reservationKey);
    o.set(16, "int", StoredOrder::reservationGen);
    o.set(17, "timestamptz", r -> JdbcStatements.ts(r.enteredAt()));
    o.set(18, "timestamptz", r -> JdbcStatements.ts(r.updatedAt()));
    bindEvents(s, 19, events);
  }

  /** The {@link #EVENTS} parameters, from {@code first} on. */
  static void bindEvents(PreparedStatement s, int first, List<StoredOrderEvent> events)
      throws SQLException {
    Column<StoredOrderEvent> e = new Column<>(s, s.getConnection(), events);
    e.set(first, "bigint", StoredOrderEvent::orderId);
    e.set(first + 1, "timestamptz", r -> JdbcStatements.ts(r.at()));
    e.set(first + 2, "varchar", StoredOrderEvent::kind);
    e.set(first + 3, "bigint", StoredOrderEvent::quantity);
    e.set(first + 4, "bigint", StoredOrderEvent::priceMinor);
    e.set(
        first + 5,
        "varchar",
        r -> r.reason() == null ? null : JdbcStatements.truncate(r.reason(), 1000));
  }

  /** Binds one column of the rows as an array parameter. */
  private record Column<T>(PreparedStatement s, Connection c, List<T> rows) {
    void set(int index, String type, Function<T, Object> value) throws SQLException {
      Object[] values = new Object[rows.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = value.apply(rows.get(i));
      }
      if ("timestamptz".equals(type)) {
        values = Arrays.copyOf(values, values.length, Timestamp[].class);
      }
      s.setArray(index, c.createArrayOf(type, values));
    }
  }
}
