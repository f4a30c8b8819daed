package org.cornerstone.waterfall;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tranche of the deal file.
 *
 * @param name unique in the deal
 * @param trancheClass SENIOR, MEZZANINE or EQUITY (JSON field {@code class})
 * @param originalBalance minor units at closing
 * @param coupon annual rate (e.g. 0.035); {@code null} for the equity tranche, which gets the
 *     residual
 */
public record Tranche(
    String name, TrancheClass trancheClass, long originalBalance, BigDecimal coupon) {
  public Tranche {
    Objects.requireNonNull(name);
    Objects.requireNonNull(trancheClass);
  }

  public boolean isEquity() {
    return trancheClass == TrancheClass.EQUITY;
  }
}
