package org.cornerstone.waterfall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one payment date did, amounts in minor units. Conservation holds to the minor unit: {@link
 * #cashIn()} (interest + principal + recoveries + clean-up call proceeds + reserve draw) equals
 * {@link #cashOut()} (fees paid + interest paid + principal paid + reserve deposit + residual to
 * equity).
 *
 * @param principalPayment how principal was shared this period (SEQUENTIAL when a trigger switched
 *     a pro-rata deal, or when the deal is accelerated)
 * @param juniorTransfersRestricted a breached RESTRICT_JUNIOR_TRANSFERS trigger: the app restricts
 *     transfers of the junior (MEZZANINE and EQUITY) tranches while this is true, and lifts the
 *     restriction when it turns false
 * @param poolFactor pool balance at the end of the period (0 after a clean-up call) / original pool
 *     balance, rounded HALF_EVEN to 6 decimals
 * @param callProceeds the pool balance bought back by the clean-up call this period (else 0)
 * @param log the steps in order, as readable lines
 * @param stateAfter the state to store and pass to the next period
 */
public record PeriodResult(
    int period,
    LocalDate paymentDate,
    DealStatus statusBefore,
    DealStatus statusAfter,
    PeriodCollections collections,
    long poolBalanceStart,
    long poolBalanceEnd,
    BigDecimal poolFactor,
    long callProceeds,
    PrincipalPayment principalPayment,
    boolean juniorTransfersRestricted,
    List<FeeResult> fees,
    List<TrancheResult> tranches,
    ReserveResult reserve,
    List<TriggerResult> triggers,
    long residualToEquity,
    long cashIn,
    long cashOut,
    List<String> log,
    DealState stateAfter) {

  public PeriodResult {
    fees = List.copyOf(fees);
    tranches = List.copyOf(tranches);
    triggers = List.copyOf(triggers);
    log = List.copyOf(log);
  }

  /** A senior fee this period: due (including any carried shortfall), paid, unpaid. */
  public record FeeResult(String name, long due, long paid, long shortfall) {}

  /**
   * A tranche this period. Interest due includes the shortfall carried from earlier periods;
   * interest is accrued on the balance at period start.
   */
  public record TrancheResult(
      String name,
      TrancheClass trancheClass,
      long balanceStart,
      long interestDue,
      long interestPaid,
      long interestShortfall,
      long writeDown,
      long principalPaid,
      long balanceEnd) {}

  /** The reserve account this period (all 0 when the deal has none). */
  public record ReserveResult(
      long target, long balanceStart, long draw, long deposit, long balanceEnd) {}

  /**
   * A trigger's test this period.
   *
   * @param value the test's value rounded HALF_EVEN to 6 decimals, or {@code null} when it does not
   *     apply (nothing due or nothing outstanding); breaches are decided on the exact ratio
   * @param failing the test failed this period
   * @param breached the trigger is breached after this period (a non-curable one stays breached)
   */
  public record TriggerResult(
      String name,
      TriggerTest test,
      String tranche,
      BigDecimal value,
      BigDecimal threshold,
      boolean failing,
      boolean breachedBefore,
      boolean breached,
      boolean curable,
      TriggerEffect effect) {}
}
