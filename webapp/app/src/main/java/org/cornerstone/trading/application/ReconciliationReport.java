package org.cornerstone.trading.application;

import java.time.Instant;
import java.util.List;

/**
 * Trades, reservations and ledger holdings compared. Empty {@code differences} means they agree.
 *
 * @param differences one line per disagreement, naming the trade, order or holder
 */
public record ReconciliationReport(
    Instant checkedAt,
    int tradesChecked,
    int ordersChecked,
    int holdersChecked,
    List<String> differences) {}
