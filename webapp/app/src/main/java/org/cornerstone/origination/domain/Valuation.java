package org.cornerstone.origination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cornerstone.shared.Money;
import org.cornerstone.workflows.rules.TokenizationCap;

/**
 * What an asset is worth, how that was found, and how much of it may be tokenized: the amount times
 * the loan-to-value share from the decision table. A royalty projection keeps the assumptions it
 * made, so the trustee sees and the record keeps them; a trustee's override keeps the computed
 * figure and the reason.
 */
@Embeddable
public class Valuation {
  /** An override or appraisal more than this factor away from the reference is refused. */
  public static final BigDecimal PLAUSIBILITY_FACTOR = BigDecimal.TEN;

  public enum Method {
    INDEPENDENT_APPRAISAL,
    ROYALTY_PROJECTION,
    TRUSTEE_OVERRIDE
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "valuation_method")
  private Method method;

  @Column(name = "valuation_amount", precision = 22, scale = 4)
  private BigDecimal amount;

  @Column(name = "computed_valuation", precision = 22, scale = 4)
  private BigDecimal computedAmount;

  @Column(name = "loan_to_value_bps")
  private Integer loanToValueBps;

  @Column(name = "tokenization_cap", precision = 22, scale = 4)
  private BigDecimal tokenizationCap;

  @Column(name = "valued_by")
  private String valuedBy;

  @Column(name = "valued_at")
  private Instant valuedAt;

  @Column(name = "valuation_report_document_id")
  private String reportDocumentId;

  @Column(name = "discount_rate", precision = 6, scale = 4)
  private BigDecimal discountRate;

  @Column(name = "decay_rate", precision = 6, scale = 4)
  private BigDecimal decayRate;

  @Column(name = "horizon_months")
  private Integer horizonMonths;

  @Column(name = "base_monthly_royalty", precision = 22, scale = 4)
  private BigDecimal baseMonthlyRoyalty;

  @Column(name = "months_of_history")
  private Integer monthsOfHistory;

  @Column(name = "valuation_override_reason")
  private String overrideReason;

  protected Valuation() {}

  private Valuation(Method method, BigDecimal amount, int loanToValueBps, String by, Instant at) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException(Money.NOT_POSITIVE);
    }
    if (amount.compareTo(Money.MAX_AMOUNT) > 0) {
      throw new IllegalArgumentException(Money.TOO_LARGE);
    }
    if (loanToValueBps < 1 || loanToValueBps > 10_000) {
      throw new IllegalArgumentException("Loan-to-value must be 1..10000 bps: " + loanToValueBps);
    }
    this.method = method;
    this.amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    this.loanToValueBps = loanToValueBps;
    this.tokenizationCap = capOf(this.amount, loanToValueBps);
    this.valuedBy = Objects.requireNonNull(by, "by");
    this.valuedAt = Objects.requireNonNull(at, "at");
  }

  /** The amount times the loan-to-value share, to the cent, rounded down. */
  public static BigDecimal capOf(BigDecimal amount, int loanToValueBps) {
    return TokenizationCap.capAmount(amount, loanToValueBps);
  }

  /** A valuer's independent appraisal of a property, with the valuer's report. */
  public static Valuation appraisal(
      BigDecimal amount, int loanToValueBps, String valuer, String reportDocumentId, Instant at) {
    Valuation v = new Valuation(Method.INDEPENDENT_APPRAISAL, amount, loanToValueBps, valuer, at);
    v.reportDocumentId = reportDocumentId;
    return v;
  }

  /** A discounted projection of a copyright's royalty history under stated assumptions. */
  public static Valuation royaltyProjection(
      BigDecimal presentValue,
      int loanToValueBps,
      BigDecimal discountRate,
      BigDecimal decayRate,
      int horizonMonths,
      BigDecimal baseMonthlyRoyalty,
      int monthsOfHistory,
      Instant at) {
    Valuation v =
        new Valuation(Method.ROYALTY_PROJECTION, presentValue, loanToValueBps, "system", at);
    v.discountRate = discountRate;
    v.decayRate = decayRate;
    v.horizonMonths = horizonMonths;
    v.baseMonthlyRoyalty = baseMonthlyRoyalty.setScale(2, RoundingMode.HALF_EVEN);
    v.monthsOfHistory = monthsOfHistory;
    return v;
  }

  /**
   * A trustee replaces this valuation with another figure, giving a reason; the computed figure and
   * its assumptions stay on record.
   */
  public Valuation overriddenBy(String trustee, BigDecimal newAmount, String reason, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Give a reason for overriding the valuation.");
    }
    requirePlausible(newAmount, amount);
    Valuation v = new Valuation(Method.TRUSTEE_OVERRIDE, newAmount, loanToValueBps, trustee, at);
    v.computedAmount = computedAmount != null ? computedAmount : amount;
    v.discountRate = discountRate;
    v.decayRate = decayRate;
    v.horizonMonths = horizonMonths;
    v.baseMonthlyRoyalty = baseMonthlyRoyalty;
    v.monthsOfHistory = monthsOfHistory;
    v.reportDocumentId = reportDocumentId;
    v.overrideReason = reason.strip();
    return v;
  }

  /**
   * Refuses a figure more than {@link #PLAUSIBILITY_FACTOR} times above or below the reference (the
   * declared value or the computed valuation): almost always a typo in the number of digits.
   */
  public static void requirePlausible(BigDecimal amount, BigDecimal reference) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException(Money.NOT_POSITIVE);
    }
    if (amount.compareTo(Money.MAX_AMOUNT) > 0) {
      throw new IllegalArgumentException(Money.TOO_LARGE);
    }
    if (amount.compareTo(reference.multiply(PLAUSIBILITY_FACTOR)) > 0
        || amount.multiply(PLAUSIBILITY_FACTOR).compareTo(reference) < 0) {
      throw new IllegalArgumentException(
          "The valuation "
              + amount.toPlainString()
              + " is implausible: more than ten times away from "
              + reference.stripTrailingZeros().toPlainString()
              + ". Check the number of digits.");
    }
  }

  public Method method() {
    return method;
  }

  public BigDecimal amount() {
    return amount;
  }

  public Optional<BigDecimal> computedAmount() {
    return Optional.ofNullable(computedAmount);
  }

  public int loanToValueBps() {
    return loanToValueBps;
  }

  public BigDecimal tokenizationCap() {
    return tokenizationCap;
  }

  public String valuedBy() {
    return valuedBy;
  }

  public Instant valuedAt() {
    return valuedAt;
  }

  public Optional<String> reportDocumentId() {
    return Optional.ofNullable(reportDocumentId);
  }

  public Optional<BigDecimal> discountRate() {
    return Optional.ofNullable(discountRate);
  }

  public Optional<BigDecimal> decayRate() {
    return Optional.ofNullable(decayRate);
  }

  public Optional<Integer> horizonMonths() {
    return Optional.ofNullable(horizonMonths);
  }

  public Optional<BigDecimal> baseMonthlyRoyalty() {
    return Optional.ofNullable(baseMonthlyRoyalty);
  }

  public Optional<Integer> monthsOfHistory() {
    return Optional.ofNullable(monthsOfHistory);
  }

  public Optional<String> overrideReason() {
    return Optional.ofNullable(overrideReason);
  }
}
