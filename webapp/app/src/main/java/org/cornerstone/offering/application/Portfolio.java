package org.cornerstone.offering.application;

import java.util.List;

/**
 * An investor's portfolio: holdings (with their cost where they came from offerings), subscriptions
 * and cash.
 */
public record Portfolio(
    List<Position> holdings, List<SubscriptionView> subscriptions, List<Cash> cash) {

  /**
   * @param cost what the settled subscriptions of this instrument cost (empty when none)
   */
  public record Position(String instrumentId, long quantity, String currency, String cost) {}

  public record Cash(String currency, String balance, String reserved, String available) {}
}
