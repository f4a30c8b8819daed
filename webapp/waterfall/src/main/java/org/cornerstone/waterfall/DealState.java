package org.cornerstone.waterfall;

import java.util.List;
import java.util.Objects;

/**
 * The deal's state between two payment dates, immutable: what the app stores after a period and
 * passes to {@link Waterfall#pay} for the next one ({@link StateJson} gives it a JSON form).
 * Amounts in minor units.
 *
 * @param period the last period paid (0 at closing)
 * @param poolBalance pool balance after the last period
 * @param cumulativeLosses losses written off the pool since closing
 * @param reserveBalance reserve account balance (0 if the deal has none)
 * @param tranches per tranche in deal order: balance and unpaid interest carried forward
 * @param fees per fee in deal order: unpaid amount carried forward
 * @param breachedTriggers names of the triggers breached after the last period, in deal order
 */
public record DealState(
    String dealId,
    int period,
    DealStatus status,
    long poolBalance,
    long cumulativeLosses,
    long reserveBalance,
    List<TrancheState> tranches,
    List<FeeState> fees,
    List<String> breachedTriggers) {

  public DealState {
    Objects.requireNonNull(dealId);
    Objects.requireNonNull(status);
    tranches = List.copyOf(tranches);
    fees = List.copyOf(fees);
    breachedTriggers = List.copyOf(breachedTriggers);
  }

  /** A tranche's balance and the interest due but unpaid, carried to the next period. */
  public record TrancheState(String name, long balance, long interestShortfall) {}

  /** A fee's amount due but unpaid, carried to the next period. */
  public record FeeState(String name, long shortfall) {}

  /** The state at closing: period 0, status CLOSING, original balances, reserve at its initial. */
  public static DealState initial(Deal deal) {
    return new DealState(
        deal.dealId(),
        0,
        DealStatus.CLOSING,
        deal.poolOriginalBalance(),
        0,
        deal.reserve().map(Reserve::initial).orElse(0L),
        deal.tranches().stream()
            .map(t -> new TrancheState(t.name(), t.originalBalance(), 0))
            .toList(),
        deal.fees().stream().map(f -> new FeeState(f.name(), 0)).toList(),
        List.of());
  }

  /** Sum of the tranche balances. */
  /**
   * Refuses a state that is not this deal's: another deal id, or other tranches or fees (by name,
   * in order) than the deal file's.
   */
  void requireOf(Deal deal) {
    if (!dealId().equals(deal.dealId())) {
      throw new IllegalArgumentException(
          "the state is deal " + dealId() + "'s, not " + deal.dealId() + "'s");
    }
    boolean shape = tranches().size() == deal.tranches().size();
    for (int i = 0; shape && i < tranches().size(); i++) {
      shape = tranches().get(i).name().equals(deal.tranches().get(i).name());
    }
    shape = shape && fees().size() == deal.fees().size();
    for (int i = 0; shape && i < fees().size(); i++) {
      shape = fees().get(i).name().equals(deal.fees().get(i).name());
    }
    if (!shape) {
      throw new IllegalArgumentException(
          "the state's tranches and fees do not match deal " + deal.dealId() + "'s deal file");
    }
  }

  public long totalTrancheBalance() {
    long sum = 0;
    for (TrancheState tranche : tranches) {
      sum += tranche.balance();
    }
    return sum;
  }
}
