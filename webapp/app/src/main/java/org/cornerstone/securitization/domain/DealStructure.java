package org.cornerstone.securitization.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the arranger defines over a pool: the tranches (most senior first, the last one EQUITY), how
 * principal is paid among the non-equity tranches, the senior fees, the reserve (optional), the
 * triggers and the clean-up call (optional). Amounts are minor units of the deal's currency; rates
 * and ratios are exact decimals (never doubles). Read and checked by {@link DealStructureReader}.
 */
public record DealStructure(
    List<Tranche> tranches,
    PrincipalPayment principalPayment,
    List<Fee> fees,
    Reserve reserve,
    List<Trigger> triggers,
    BigDecimal cleanUpCallPoolFactor) {

  /** Principal among the non-equity tranches: in seniority order, or in proportion to balances. */
  public enum PrincipalPayment {
    SEQUENTIAL,
    PRO_RATA
  }

  /** What a trigger measures. */
  public enum TriggerTest {
    /** Overcollateralization of a tranche: pool balance ÷ (that tranche and those above it). */
    OC,
    /** Interest coverage of a tranche: interest collected ÷ interest due to it and those above. */
    IC,
    /** Cumulative losses ÷ original pool balance; breached above the threshold. */
    CUMULATIVE_DEFAULT,
    /** Current pool balance ÷ original pool balance; breached below the threshold. */
    POOL_FACTOR
  }

  /** What a breach does. */
  public enum TriggerEffect {
    SEQUENTIAL_PRINCIPAL,
    ACCELERATE,
    RESTRICT_JUNIOR_TRANSFERS
  }

  /**
   * One tranche.
   *
   * @param coupon annual rate, e.g. 0.035; null for the equity tranche (it takes the residual)
   */
  public record Tranche(
      String name, TrancheClass trancheClass, long balanceMinor, BigDecimal coupon) {
    public Tranche {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(trancheClass, "trancheClass");
    }
  }

  /**
   * One senior fee, paid each period before interest: either a fixed amount ({@code fixedMinor}) or
   * an annual rate on the pool balance at the period's start ({@code rate}); exactly one is set.
   */
  public record Fee(String name, Long fixedMinor, BigDecimal rate) {}

  /** The reserve account: its target and the amount funded at closing, in minor units. */
  public record Reserve(long targetMinor, long initialMinor) {}

  /**
   * One trigger.
   *
   * @param tranche the tranche an OC or IC test is about; null for the pool-level tests
   */
  public record Trigger(
      String name,
      TriggerTest test,
      String tranche,
      BigDecimal threshold,
      boolean curable,
      TriggerEffect effect) {}

  public DealStructure {
    tranches = List.copyOf(tranches);
    Objects.requireNonNull(principalPayment, "principalPayment");
    fees = List.copyOf(fees);
    triggers = List.copyOf(triggers);
  }

  /** The tranches' balances summed, in minor units (exact). */
  public long trancheTotalMinor() {
    long total = 0;
    for (Tranche t : tranches) {
      total = Math.addExact(total, t.balanceMinor());
    }
    return total;
  }

  /** The equity tranche (the last one; the reader guarantees there is exactly one). */
  public Tranche equity() {
    return tranches.get(tranches.size() - 1);
  }
}
