package org.cornerstone.waterfall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A deal as read from its deal file by {@link DealFileReader}: immutable, validated. Amounts are
 * minor units of {@link #currency()}; {@link #minorDigits()} gives their scale.
 */
public record Deal(
    String dealId,
    String name,
    String currency,
    int minorDigits,
    LocalDate closingDate,
    LocalDate firstPaymentDate,
    PaymentFrequency paymentFrequency,
    long poolOriginalBalance,
    List<Tranche> tranches,
    PrincipalPayment principalPayment,
    List<Fee> fees,
    Optional<Reserve> reserve,
    List<Trigger> triggers,
    Optional<BigDecimal> cleanUpCallPoolFactor) {

  public Deal {
    tranches = List.copyOf(tranches);
    fees = List.copyOf(fees);
    triggers = List.copyOf(triggers);
  }

  /** Index of the tranche with this name, or -1. */
  public int trancheIndex(String trancheName) {
    for (int i = 0; i < tranches.size(); i++) {
      if (tranches.get(i).name().equals(trancheName)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The junior tranches (MEZZANINE and EQUITY), whose transfers the app restricts while a
   * RESTRICT_JUNIOR_TRANSFERS trigger is breached ({@link
   * PeriodResult#juniorTransfersRestricted()}).
   */
  public List<String> juniorTranches() {
    return tranches.stream()
        .filter(t -> t.trancheClass() != TrancheClass.SENIOR)
        .map(Tranche::name)
        .toList();
  }

  /** The payment date of a period (1-based): the first payment date plus whole periods. */
  public LocalDate paymentDate(int period) {
    return firstPaymentDate.plusMonths((long) (period - 1) * paymentFrequency.monthsPerPeriod());
  }

  /** Formats minor units of this deal's currency for the step log, e.g. {@code 1,000.00}. */
  public String format(long minor) {
    return Money.format(minor, minorDigits);
  }
}
