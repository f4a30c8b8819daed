package org.cornerstone.securitization.application;

import java.util.ArrayList;
import java.util.List;
import org.cornerstone.waterfall.PeriodResult;
import org.cornerstone.waterfall.TrancheClass;

/**
 * What each tranche's holders receive on a payment date, from the waterfall's result: the interest
 * paid plus the principal paid, and for the equity tranche also the residual. A tranche that
 * receives nothing is left out (no distribution of zero). Exact in minor units.
 */
public final class TrancheDistributions {
  /** One tranche's distribution on one payment date. */
  public record TranchePayment(String tranche, long interest, long principal, long residual) {
    public long total() {
      return Math.addExact(Math.addExact(interest, principal), residual);
    }
  }

  private TrancheDistributions() {}

  public static List<TranchePayment> of(PeriodResult result) {
    List<TranchePayment> out = new ArrayList<>();
    for (PeriodResult.TrancheResult t : result.tranches()) {
      long residual = t.trancheClass() == TrancheClass.EQUITY ? result.residualToEquity() : 0;
      TranchePayment p =
          new TranchePayment(t.name(), t.interestPaid(), t.principalPaid(), residual);
      if (p.total() > 0) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The change to the junior tranches' transfers after a period: {@code true} halt them, {@code
   * false} resume them, {@code null} leave them as they are (already as the period wants).
   */
  public static Boolean juniorHaltChange(boolean currentlyHalted, boolean restrictedAfterPeriod) {
    if (currentlyHalted == restrictedAfterPeriod) {
      return null;
    }
    return restrictedAfterPeriod;
  }

  /** The distribution id of a tranche's payment on a payment date (at most 40 characters). */
  public static String distributionId(String dealId, int period, String tranche) {
    String plain = "TP-" + dealId + "-P" + period + "-" + tranche;
    if (plain.length() <= 40) {
      return plain;
    }
    return "TP-"
        + java.util
            .UUID
            .nameUUIDFromBytes(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString();
  }
}
