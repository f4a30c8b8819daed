package org.cornerstone.securitization.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pool's eligibility criteria, shown per candidate asset and checked when one is added:
 *
 * <ul>
 *   <li>{@code KIND}: an issued real-estate or copyright asset token ({@code ASSET_TOKEN}) or a
 *       payable certificate ({@code PAYABLE_CERTIFICATE}); cash and tranches are not pool assets;
 *   <li>{@code STATUS}: issued on the ledger and no token of the holding frozen;
 *   <li>{@code MATURITY}: the maturity (due) date, if the asset has one, is after the deal's first
 *       payment date (a real asset has none and passes);
 *   <li>{@code CONCENTRATION}: the obligor's share of the pool (with this asset) is at most the
 *       deal's limit (default 20 %), unless the pool is this one asset (a single-asset deal).
 * </ul>
 *
 * The first three refuse the asset; concentration is shown per candidate as the share the obligor
 * would have, and binds on the whole pool when the deal is submitted (a pool built one asset at a
 * time is always 100 % one obligor after its first asset).
 */
public final class Eligibility {
  public static final BigDecimal DEFAULT_CONCENTRATION_LIMIT = new BigDecimal("0.20");

  /** The criteria, in the order shown. */
  public enum Criterion {
    KIND,
    STATUS,
    MATURITY,
    CONCENTRATION
  }

  /** What the seller holds and could sell into the pool. */
  public record Candidate(
      String instrumentId,
      String instrumentKind,
      String title,
      String obligor,
      long quantity,
      long frozenQuantity,
      long balanceMinor,
      boolean issued,
      LocalDate maturityDate) {}

  /** One criterion's verdict with a sentence saying why. */
  public record Check(Criterion criterion, boolean passed, String detail) {}

  /** An asset already in the pool, as concentration needs it. */
  public record Pooled(String instrumentId, String obligor, long balanceMinor) {}

  private Eligibility() {}

  /** Every criterion for {@code candidate}, against the current {@code pool} of the deal. */
  public static List<Check> assess(
      Candidate candidate, LocalDate firstPaymentDate, List<Pooled> pool, BigDecimal limit) {
    List<Check> checks = new ArrayList<>();
    boolean kind =
        "ASSET_TOKEN".equals(candidate.instrumentKind())
            || "PAYABLE_CERTIFICATE".equals(candidate.instrumentKind());
    checks.add(
        new Check(
            Criterion.KIND,
            kind,
            kind
                ? candidate.instrumentKind()
                : candidate.instrumentKind()
                    + " is not a pool asset (asset tokens and payable certificates only)"));
    boolean status = candidate.issued() && candidate.frozenQuantity() == 0;
    checks.add(
        new Check(
            Criterion.STATUS,
            status,
            !candidate.issued()
                ? "not issued on the ledger"
                : candidate.frozenQuantity() > 0
                    ? candidate.frozenQuantity() + " of " + candidate.quantity() + " tokens frozen"
                    : "issued, not frozen"));
    LocalDate maturity = candidate.maturityDate();
    boolean matures = maturity == null || maturity.isAfter(firstPaymentDate);
    checks.add(
        new Check(
            Criterion.MATURITY,
            matures,
            maturity == null
                ? "no maturity (a real asset)"
                : matures
                    ? "matures " + maturity + ", after the first payment date " + firstPaymentDate
                    : "matures "
                        + maturity
                        + ", not after the first payment date "
                        + firstPaymentDate));
    List<Pooled> with = new ArrayList<>();
    for (Pooled p : pool) {
      if (!p.instrumentId().equals(candidate.instrumentId())) {
        with.add(p);
      }
    }
    with.add(new Pooled(candidate.instrumentId(), candidate.obligor(), candidate.balanceMinor()));
    BigDecimal share = shares(with).getOrDefault(candidate.obligor(), BigDecimal.ZERO);
    boolean single = with.size() == 1;
    boolean within = single || share.compareTo(limit) <= 0;
    checks.add(
        new Check(
            Criterion.CONCENTRATION,
            within,
            "obligor "
                + candidate.obligor()
                + " would be "
                + percent(share)
                + " of the pool (limit "
                + percent(limit)
                + (single ? "; a single-asset pool is exempt" : "")
                + ")"));
    return checks;
  }

  /**
   * The reasons an asset may not be added: the failed KIND, STATUS and MATURITY checks (empty when
   * it may be).
   */
  public static List<String> refusals(List<Check> checks) {
    List<String> reasons = new ArrayList<>();
    for (Check c : checks) {
      if (!c.passed() && c.criterion() != Criterion.CONCENTRATION) {
        reasons.add(c.criterion() + ": " + c.detail());
      }
    }
    return reasons;
  }

  /**
   * The obligors whose share of the whole pool is above {@code limit}, each as a sentence; none for
   * a single-asset pool.
   */
  public static List<String> concentrationBreaches(List<Pooled> pool, BigDecimal limit) {
    List<String> breaches = new ArrayList<>();
    if (pool.size() <= 1) {
      return breaches;
    }
    for (Map.Entry<String, BigDecimal> e : shares(pool).entrySet()) {
      if (e.getValue().compareTo(limit) > 0) {
        breaches.add(
            "CONCENTRATION: obligor "
                + e.getKey()
                + " is "
                + percent(e.getValue())
                + " of the pool, above the deal's limit of "
                + percent(limit)
                + ".");
      }
    }
    return breaches;
  }

  /** Each obligor's share of the pool balance, exact to 6 decimals (half-up). */
  public static Map<String, BigDecimal> shares(List<Pooled> pool) {
    long total = 0;
    Map<String, Long> byObligor = new LinkedHashMap<>();
    for (Pooled p : pool) {
      total = Math.addExact(total, p.balanceMinor());
      byObligor.merge(p.obligor(), p.balanceMinor(), Math::addExact);
    }
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : byObligor.entrySet()) {
      shares.put(
          e.getKey(),
          total == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(e.getValue())
                  .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP));
    }
    return shares;
  }

  /** {@code 0.2} → "20.00 %". */
  public static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
  }
}
