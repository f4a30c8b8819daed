package org.cornerstone.waterfall;

import java.math.BigDecimal;

/**
 * A senior fee, paid first each period in the deal's order: either a fixed amount per period or an
 * annual rate on the pool balance at period start (due = balance × rate / periods per year, rounded
 * HALF_EVEN to the minor unit). An unpaid fee is carried to the next period.
 *
 * @param fixed minor units per period, or {@code null}
 * @param rate annual rate, or {@code null}
 */
public record Fee(String name, Long fixed, BigDecimal rate) {}
