package org.cornerstone.trading.domain;

/**
 * The fee account of one buy order: its schedule, the fee it still reserves (its cash reservation
 * is limit × open quantity + {@code reservedMinor}), the fee charged so far and the notional it
 * executed so far. Invariant: {@code charged = schedule.fee(executed)} capped by what was reserved.
 */
public record OrderFee(
    long orderId,
    FeeSchedule schedule,
    long reservedMinor,
    long chargedMinor,
    long executedNotionalMinor) {

  /**
   * After a fill of {@code fillMinor} notional that charged {@code feeMinor}, keeping {@code rest}.
   */
  public OrderFee filled(long fillMinor, long feeMinor, long restMinor) {
    return new OrderFee(
        orderId,
        schedule,
        restMinor,
        Math.addExact(chargedMinor, feeMinor),
        Math.addExact(executedNotionalMinor, fillMinor));
  }

  public OrderFee reserving(long restMinor) {
    return new OrderFee(orderId, schedule, restMinor, chargedMinor, executedNotionalMinor);
  }
}
