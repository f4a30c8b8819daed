package org.cornerstone.waterfall;

/**
 * One payment date's collections from the servicer report, in minor units: interest and principal
 * collected, recoveries (cash recovered on earlier defaults, available like principal) and losses
 * (defaulted principal written off the pool this period).
 */
public record PeriodCollections(
    int period, long interest, long principal, long recoveries, long losses) {
  public PeriodCollections {
    if (period < 1 || interest < 0 || principal < 0 || recoveries < 0 || losses < 0) {
      throw new IllegalArgumentException(
          "collections must have a period from 1 and no negative amount, got period "
              + period
              + " interest "
              + interest
              + " principal "
              + principal
              + " recoveries "
              + recoveries
              + " losses "
              + losses);
    }
  }
}
