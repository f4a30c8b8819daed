package org.cornerstone.reports.securitization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The pool / investor report of one securitization deal at one payment date, as plain values: the
 * deal, and the history of its periods up to and including the report's period (the last one), with
 * the step log of that period. The app fills it from the waterfall engine's period results; this
 * module depends on neither.
 *
 * <p>Money is in whole minor units of the deal's currency ({@code long}, e.g. fen for CNY): the
 * figures are the engine's, exact, and the report never rounds them (it prints them with the
 * currency's minor digits and sums them with {@link Math#addExact}). Ratios (pool factor, trigger
 * values and thresholds) are {@link BigDecimal}s printed as given.
 *
 * <p>Every record checks itself on construction and refuses inconsistent figures with an {@link
 * IllegalArgumentException} (or {@link NullPointerException} for a missing value) whose message
 * names the period, tranche or trigger at fault.
 *
 * @param language the reader's language: Simplified Chinese for {@code zh}, English otherwise
 * @param generatedAt when the report was produced (printed, and the PDF's creation date)
 * @param periods the history, in order of period number without gaps; the last one is the report's
 *     period
 * @param stepLog the waterfall's steps of the report's period, in order, as the engine wrote them
 */
public record PoolReport(
    Locale language, Deal deal, Instant generatedAt, List<Period> periods, List<String> stepLog) {

  public PoolReport {
    Objects.requireNonNull(deal, "deal is required");
    Objects.requireNonNull(generatedAt, "generatedAt is required");
    periods = copy(periods, "periods");
    stepLog = copy(stepLog, "stepLog");
    if (periods.isEmpty()) {
      throw new IllegalArgumentException(
          "deal " + deal.id() + ": the report needs at least one period");
    }
    Period previous = null;
    for (Period p : periods) {
      String at = "deal " + deal.id() + ", period " + p.number() + ": ";
      if (!p.paymentDate().isAfter(deal.closingDate())) {
        throw new IllegalArgumentException(
            at
                + "payment date "
                + p.paymentDate()
                + " is not after the closing date "
                + deal.closingDate());
      }
      if (previous != null) {
        if (p.number() != previous.number() + 1) {
          throw new IllegalArgumentException(
              at
                  + "periods out of order or missing: period "
                  + p.number()
                  + " follows period "
                  + previous.number());
        }
        if (!p.paymentDate().isAfter(previous.paymentDate())) {
          throw new IllegalArgumentException(
              at
                  + "payment date "
                  + p.paymentDate()
                  + " is not after period "
                  + previous.number()
                  + "'s "
                  + previous.paymentDate());
        }
      }
      checkFactor(at, p, deal.originalPoolBalanceMinor());
      checkTranches(at, p, previous, deal);
      checkTriggers(at, p, deal);
      previous = p;
    }
  }

  /** The report's period: the last of the history. */
  public Period period() {
    return periods.get(periods.size() - 1);
  }

  /** The period before the report's, if the history has one. */
  public Period previousPeriod() {
    return periods.size() < 2 ? null : periods.get(periods.size() - 2);
  }

  private static void checkFactor(String at, Period p, long original) {
    // The engine rounds the factor at its own scale; allow one unit in its last place.
    BigDecimal exact =
        BigDecimal.valueOf(p.poolBalanceMinor())
            .divide(BigDecimal.valueOf(original), p.poolFactor().scale() + 4, RoundingMode.HALF_UP);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, p.poolFactor().scale()));
    if (exact.subtract(p.poolFactor()).abs().compareTo(unit) > 0) {
      throw new IllegalArgumentException(
          at
              + "pool factor "
              + p.poolFactor().toPlainString()
              + " does not match pool balance / original pool balance = "
              + exact.stripTrailingZeros().toPlainString());
    }
  }

  private static void checkTranches(String at, Period p, Period previous, Deal deal) {
    List<String> expected = deal.tranches().stream().map(TrancheTerms::name).toList();
    List<String> actual = p.tranches().stream().map(TranchePeriod::tranche).toList();
    for (String name : expected) {
      if (!actual.contains(name)) {
        throw new IllegalArgumentException(at + "tranche " + name + " is missing");
      }
    }
    for (String name : actual) {
      if (!expected.contains(name)) {
        throw new IllegalArgumentException(at + "tranche " + name + " is not one of the deal's");
      }
    }
    if (!actual.equals(expected)) {
      throw new IllegalArgumentException(
          at + "tranches must be in the deal's order " + expected + ", not " + actual);
    }
    for (int i = 0; i < expected.size(); i++) {
      TranchePeriod t = p.tranches().get(i);
      long opening =
          previous == null
              ? (p.number() == 1 ? deal.tranches().get(i).originalBalanceMinor() : -1)
              : previous.tranches().get(i).balanceAfterMinor();
      if (opening >= 0 && t.balanceBeforeMinor() != opening) {
        throw new IllegalArgumentException(
            at
                + "tranche "
                + t.tranche()
                + " balance before "
                + t.balanceBeforeMinor()
                + " is not the "
                + (previous == null ? "original balance " : "previous period's balance after ")
                + opening
                + " (minor units)");
      }
    }
  }

  private static void checkTriggers(String at, Period p, Deal deal) {
    List<String> expected = deal.triggers().stream().map(TriggerTerms::name).toList();
    List<String> actual = p.triggers().stream().map(TriggerPeriod::trigger).toList();
    for (String name : expected) {
      if (!actual.contains(name)) {
        throw new IllegalArgumentException(at + "trigger " + name + " is missing");
      }
    }
    for (String name : actual) {
      if (!expected.contains(name)) {
        throw new IllegalArgumentException(at + "trigger " + name + " is not one of the deal's");
      }
    }
    if (!actual.equals(expected)) {
      throw new IllegalArgumentException(
          at + "triggers must be in the deal's order " + expected + ", not " + actual);
    }
  }

  /**
   * The deal's fixed terms.
   *
   * @param currency ISO 4217 code of every amount in the report
   * @param tranches most senior first; the last is usually the equity tranche
   * @param triggers in the order the report lists them
   */
  public record Deal(
      String id,
      String name,
      String currency,
      String spv,
      String trustee,
      String servicer,
      LocalDate closingDate,
      long originalPoolBalanceMinor,
      List<TrancheTerms> tranches,
      List<TriggerTerms> triggers) {

    public Deal {
      text(id, "deal id");
      String at = "deal " + id + ": ";
      text(name, at + "name");
      text(currency, at + "currency");
      try {
        Currency.getInstance(currency);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + "unknown currency " + currency, e);
      }
      text(spv, at + "SPV");
      text(trustee, at + "trustee");
      text(servicer, at + "servicer");
      Objects.requireNonNull(closingDate, at + "closing date is required");
      positive(originalPoolBalanceMinor, at + "original pool balance");
      tranches = copy(tranches, at + "tranches");
      triggers = copy(triggers, at + "triggers");
      if (tranches.isEmpty()) {
        throw new IllegalArgumentException(at + "at least one tranche is required");
      }
      unique(tranches.stream().map(TrancheTerms::name).toList(), at + "tranche");
      unique(triggers.stream().map(TriggerTerms::name).toList(), at + "trigger");
    }
  }

  /** A tranche's terms. */
  public record TrancheTerms(
      String name, TrancheClass trancheClass, long originalBalanceMinor, BigDecimal coupon) {

    /**
     * @param coupon annual rate ({@code 0.035}); {@code null} for the equity tranche
     */
    public TrancheTerms {
      text(name, "tranche name");
      Objects.requireNonNull(trancheClass, "tranche " + name + ": class is required");
      notNegative(originalBalanceMinor, "tranche " + name + ": original balance");
      if (coupon != null && coupon.signum() < 0) {
        throw new IllegalArgumentException(
            "tranche " + name + ": coupon " + coupon.toPlainString() + " is negative");
      }
    }
  }

  /** Seniority, as in the deal file. */
  public enum TrancheClass {
    SENIOR,
    MEZZANINE,
    EQUITY
  }

  /**
   * A trigger's terms.
   *
   * @param test {@code OC}, {@code IC}, {@code CUMULATIVE_DEFAULT}, {@code POOL_FACTOR} (printed
   *     with its label when it has one, else as given)
   */
  public record TriggerTerms(String name, String test, boolean curable) {
    public TriggerTerms {
      text(name, "trigger name");
      text(test, "trigger " + name + ": test");
    }
  }

  /**
   * One period's figures.
   *
   * @param recordDate {@code null} when the period has no record date yet
   * @param poolBalanceMinor the pool's principal balance at the end of the period
   * @param poolFactor pool balance / original pool balance, as the engine rounded it
   * @param lossesMinor defaulted principal written off the pool in this period
   * @param cumulativeDefaultsMinor defaults since closing, up to the end of this period
   * @param tranches every tranche of the deal, in the deal's order
   * @param fees the senior fees, in the order paid
   * @param reserveBalanceMinor the reserve account at the end of the period (0 without one)
   * @param triggers every trigger of the deal, in the deal's order
   */
  public record Period(
      int number,
      LocalDate paymentDate,
      LocalDate recordDate,
      long poolBalanceMinor,
      BigDecimal poolFactor,
      Collections collections,
      long lossesMinor,
      Delinquency delinquency,
      long cumulativeDefaultsMinor,
      List<TranchePeriod> tranches,
      List<FeePeriod> fees,
      long reserveBalanceMinor,
      List<TriggerPeriod> triggers) {

    public Period {
      String at = "period " + number + ": ";
      if (number < 1) {
        throw new IllegalArgumentException("period number " + number + " must be 1 or more");
      }
      Objects.requireNonNull(paymentDate, at + "payment date is required");
      if (recordDate != null && recordDate.isAfter(paymentDate)) {
        throw new IllegalArgumentException(
            at + "record date " + recordDate + " is after the payment date " + paymentDate);
      }
      notNegative(poolBalanceMinor, at + "pool balance");
      Objects.requireNonNull(poolFactor, at + "pool factor is required");
      if (poolFactor.signum() < 0) {
        throw new IllegalArgumentException(
            at + "pool factor " + poolFactor.toPlainString() + " is negative");
      }
      Objects.requireNonNull(collections, at + "collections are required");
      notNegative(lossesMinor, at + "losses");
      Objects.requireNonNull(delinquency, at + "delinquency is required");
      notNegative(cumulativeDefaultsMinor, at + "cumulative defaults");
      tranches = copy(tranches, at + "tranches");
      fees = copy(fees, at + "fees");
      notNegative(reserveBalanceMinor, at + "reserve balance");
      triggers = copy(triggers, at + "triggers");
      unique(tranches.stream().map(TranchePeriod::tranche).toList(), at + "tranche");
      unique(fees.stream().map(FeePeriod::fee).toList(), at + "fee");
      unique(triggers.stream().map(TriggerPeriod::trigger).toList(), at + "trigger");
    }

    /** Fees paid in the period, exact. */
    public long feesPaidMinor() {
      long sum = 0;
      for (FeePeriod f : fees) {
        sum = Math.addExact(sum, f.paidMinor());
      }
      return sum;
    }
  }

  /** What the servicer collected in the period. */
  public record Collections(long interestMinor, long principalMinor, long recoveriesMinor) {
    public Collections {
      notNegative(interestMinor, "interest collected");
      notNegative(principalMinor, "principal collected");
      notNegative(recoveriesMinor, "recoveries");
    }

    /** Interest + principal + recoveries, exact. */
    public long totalMinor() {
      return Math.addExact(Math.addExact(interestMinor, principalMinor), recoveriesMinor);
    }
  }

  /** The pool's loans by days past due at the end of the period. */
  public record Delinquency(Bucket current, Bucket days30, Bucket days60, Bucket days90Plus) {
    public Delinquency {
      Objects.requireNonNull(current, "delinquency bucket current is required");
      Objects.requireNonNull(days30, "delinquency bucket 30 days is required");
      Objects.requireNonNull(days60, "delinquency bucket 60 days is required");
      Objects.requireNonNull(days90Plus, "delinquency bucket 90+ days is required");
    }

    /** The buckets in order: current, 30, 60, 90+ days. */
    public List<Bucket> buckets() {
      return List.of(current, days30, days60, days90Plus);
    }

    /** Balance 30 days past due or more, exact. */
    public long delinquentMinor() {
      return Math.addExact(
          Math.addExact(days30.balanceMinor(), days60.balanceMinor()), days90Plus.balanceMinor());
    }
  }

  /** Loans in one delinquency bucket: their principal balance and how many they are. */
  public record Bucket(long balanceMinor, int count) {
    public Bucket {
      notNegative(balanceMinor, "delinquency bucket balance");
      if (count < 0) {
        throw new IllegalArgumentException("delinquency bucket count " + count + " is negative");
      }
    }
  }

  /**
   * One tranche in one period. {@code balanceAfter = balanceBefore − principalPaid − losses} and
   * {@code interestShortfall = interestDue − interestPaid} are checked.
   *
   * @param interestDueMinor the period's interest plus any shortfall carried from earlier periods
   * @param interestShortfallMinor unpaid interest carried to the next period
   * @param lossesMinor principal written off the tranche (losses go bottom-up, equity first)
   */
  public record TranchePeriod(
      String tranche,
      long balanceBeforeMinor,
      long interestDueMinor,
      long interestPaidMinor,
      long interestShortfallMinor,
      long principalPaidMinor,
      long lossesMinor,
      long balanceAfterMinor) {

    public TranchePeriod {
      text(tranche, "tranche name");
      String at = "tranche " + tranche + ": ";
      notNegative(balanceBeforeMinor, at + "balance before");
      notNegative(interestDueMinor, at + "interest due");
      notNegative(interestPaidMinor, at + "interest paid");
      notNegative(interestShortfallMinor, at + "interest shortfall");
      notNegative(principalPaidMinor, at + "principal paid");
      notNegative(lossesMinor, at + "losses");
      notNegative(balanceAfterMinor, at + "balance after");
      if (Math.subtractExact(interestDueMinor, interestPaidMinor) != interestShortfallMinor) {
        throw new IllegalArgumentException(
            at
                + "interest shortfall "
                + interestShortfallMinor
                + " is not interest due "
                + interestDueMinor
                + " − interest paid "
                + interestPaidMinor
                + " (minor units)");
      }
      long after =
          Math.subtractExact(
              Math.subtractExact(balanceBeforeMinor, principalPaidMinor), lossesMinor);
      if (after != balanceAfterMinor) {
        throw new IllegalArgumentException(
            at
                + "balance after "
                + balanceAfterMinor
                + " is not balance before "
                + balanceBeforeMinor
                + " − principal paid "
                + principalPaidMinor
                + " − losses "
                + lossesMinor
                + " = "
                + after
                + " (minor units)");
      }
    }
  }

  /** One senior fee in one period. */
  public record FeePeriod(String fee, long dueMinor, long paidMinor) {
    public FeePeriod {
      text(fee, "fee name");
      notNegative(dueMinor, "fee " + fee + ": due");
      notNegative(paidMinor, "fee " + fee + ": paid");
      if (paidMinor > dueMinor) {
        throw new IllegalArgumentException(
            "fee " + fee + ": paid " + paidMinor + " is more than due " + dueMinor);
      }
    }
  }

  /**
   * One trigger's test in one period.
   *
   * @param breached the engine's verdict (the report does not re-derive it from the figures)
   */
  public record TriggerPeriod(
      String trigger, BigDecimal value, BigDecimal threshold, boolean breached) {
    public TriggerPeriod {
      text(trigger, "trigger name");
      Objects.requireNonNull(value, "trigger " + trigger + ": value is required");
      Objects.requireNonNull(threshold, "trigger " + trigger + ": threshold is required");
    }
  }

  // ---------------------------------------------------------------- checks

  private static <T> List<T> copy(List<T> list, String what) {
    Objects.requireNonNull(list, what + " are required");
    List<T> out = new ArrayList<>(list.size());
    for (T item : list) {
      out.add(Objects.requireNonNull(item, what + " must not contain null"));
    }
    return List.copyOf(out);
  }

  private static void text(String value, String what) {
    Objects.requireNonNull(value, what + " is required");
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
  }

  private static void notNegative(long minor, String what) {
    if (minor < 0) {
      throw new IllegalArgumentException(what + " " + minor + " is negative (minor units)");
    }
  }

  private static void positive(long minor, String what) {
    if (minor <= 0) {
      throw new IllegalArgumentException(what + " " + minor + " must be positive (minor units)");
    }
  }

  private static void unique(List<String> names, String what) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException(what + " " + n + " appears twice");
      }
    }
  }
}
