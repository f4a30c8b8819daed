package org.cornerstone.trading.application;

import java.util.List;

/**
 * What the order ticket shows before the order is sent: the transfer-rule check for the buyer (or
 * the seller's holding) and the cash or tokens the order would reserve.
 *
 * @param allowed true when nothing below refuses the order
 * @param reasons every refusal as {@code CODE: message} in the caller's language, empty if allowed
 * @param toReserve cash (buy: price × quantity + the estimated fee, decimal text) or tokens (sell)
 *     the order reserves
 * @param available the cash or tokens available now, before this order
 * @param estimatedFee a buy's trading fee at its limit (HALF_UP to the minor unit), decimal text;
 *     null for a sell
 */
public record OrderPreCheck(
    boolean allowed,
    List<String> reasons,
    String toReserve,
    String available,
    String estimatedFee) {

  /** A check without a fee (a sell). */
  public OrderPreCheck(boolean allowed, List<String> reasons, String toReserve, String available) {
    this(allowed, reasons, toReserve, available, null);
  }
}
