package org.cornerstone.financing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trustee's and regulator's view of payable certificates (issue 22): what is outstanding per
 * obligor and currency, who holds it by tier, what is overdue and how concentrated it is. Pure
 * arithmetic in minor units over the certificates' terms and the ledger's holdings; shares are
 * percentages rounded HALF_EVEN to two decimals (for display only: the minor-unit sums are exact).
 *
 * <p>Tiers: the certificate's first holder (the supplier the obligor owes) is tier 1; any other
 * supplier holding a part received it down the chain (tier 2 and below); a financier's holding was
 * bought at a discount. Outstanding = tokens not yet redeemed (one token = one minor unit of face
 * value); a certificate still outstanding on or after its maturity date is overdue (maturity pays
 * and redeems every holding).
 */
public final class OutstandingSummary {
  /** Who holds a part: see the class comment. */
  public enum Tier {
    TIER_1,
    TIER_2_AND_BELOW,
    FINANCIER,
    OTHER
  }

  /** One certificate's terms as the summary needs them. */
  public record Certificate(
      String id,
      String obligorOrganisation,
      String firstHolderOrganisation,
      String currency,
      long faceValueMinor,
      LocalDate maturityDate) {}

  /**
   * One holding of a certificate on the ledger; {@code holderKind} is the holder organisation's
   * kind ({@code SUPPLIER}, {@code FINANCIER}, ...), null when the holder is not an organisation
   * here.
   */
  public record Holding(
      String certificateId, String holderOrganisation, String holderKind, long quantity) {}

  /** Per obligor and currency. {@code sharePercent}: of all outstanding in that currency. */
  public record ObligorLine(
      String obligorOrganisation,
      String currency,
      int certificates,
      long issuedMinor,
      long outstandingMinor,
      long overdueMinor,
      long maturingWithin30DaysMinor,
      BigDecimal sharePercent,
      String largestHolder,
      BigDecimal largestHolderSharePercent) {}

  /** Per tier and currency. */
  public record TierLine(Tier tier, String currency, int holders, long outstandingMinor) {}

  public record Summary(LocalDate asOf, List<ObligorLine> obligors, List<TierLine> tiers) {}

  private OutstandingSummary() {}

  public static Summary of(List<Certificate> certificates, List<Holding> holdings, LocalDate asOf) {
    Map<String, Certificate> byId = new LinkedHashMap<>();
    certificates.forEach(c -> byId.put(c.id(), c));
    // per (obligor, currency): the certificates, the holdings
    Map<String, List<Certificate>> certs = new TreeMap<>();
    for (Certificate c : certificates) {
      certs
          .computeIfAbsent(key(c.obligorOrganisation(), c.currency()), k -> new ArrayList<>())
          .add(c);
    }
    Map<String, Long> outstandingPerCurrency = new TreeMap<>();
    Map<String, Long> outstandingPerCertificate = new LinkedHashMap<>();
    Map<String, Map<Tier, Map<String, Long>>> tiers = new TreeMap<>();
    for (Holding h : holdings) {
      Certificate c = byId.get(h.certificateId());
      if (c == null
          || h.quantity() <= 0
          || h.holderOrganisation().equals(c.obligorOrganisation())) {
        continue; // not a certificate here, or handed back to the obligor (being redeemed)
      }
      outstandingPerCertificate.merge(c.id(), h.quantity(), Long::sum);
      outstandingPerCurrency.merge(c.currency(), h.quantity(), Long::sum);
      tiers
          .computeIfAbsent(c.currency(), k -> new LinkedHashMap<>())
          .computeIfAbsent(tier(c, h), k -> new TreeMap<>())
          .merge(h.holderOrganisation(), h.quantity(), Long::sum);
    }
    List<ObligorLine> lines = new ArrayList<>();
    for (Map.Entry<String, List<Certificate>> e : certs.entrySet()) {
      Certificate first = e.getValue().get(0);
      long issued = 0;
      long outstanding = 0;
      long overdue = 0;
      long soon = 0;
      Map<String, Long> perHolder = new TreeMap<>();
      for (Certificate c : e.getValue()) {
        issued += c.faceValueMinor();
        long out = outstandingPerCertificate.getOrDefault(c.id(), 0L);
        outstanding += out;
        if (!asOf.isBefore(c.maturityDate())) {
          overdue += out;
        } else if (c.maturityDate().isBefore(asOf.plusDays(31))) {
          soon += out;
        }
        for (Holding h : holdings) {
          if (h.certificateId().equals(c.id())
              && h.quantity() > 0
              && !h.holderOrganisation().equals(c.obligorOrganisation())) {
            perHolder.merge(h.holderOrganisation(), h.quantity(), Long::sum);
          }
        }
      }
      Map.Entry<String, Long> largest =
          perHolder.entrySet().stream()
              .max(
                  Map.Entry.<String, Long>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .orElse(null);
      lines.add(
          new ObligorLine(
              first.obligorOrganisation(),
              first.currency(),
              e.getValue().size(),
              issued,
              outstanding,
              overdue,
              soon,
              percent(outstanding, outstandingPerCurrency.getOrDefault(first.currency(), 0L)),
              largest == null ? null : largest.getKey(),
              largest == null
                  ? BigDecimal.ZERO.setScale(2)
                  : percent(largest.getValue(), outstanding)));
    }
    List<TierLine> tierLines = new ArrayList<>();
    tiers.forEach(
        (currency, perTier) ->
            perTier.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                    t ->
                        tierLines.add(
                            new TierLine(
                                t.getKey(),
                                currency,
                                t.getValue().size(),
                                t.getValue().values().stream().mapToLong(Long::longValue).sum()))));
    return new Summary(asOf, List.copyOf(lines), List.copyOf(tierLines));
  }

  static Tier tier(Certificate c, Holding h) {
    if ("FINANCIER".equals(h.holderKind())) {
      return Tier.FINANCIER;
    }
    if (h.holderOrganisation().equals(c.firstHolderOrganisation())) {
      return Tier.TIER_1;
    }
    return "SUPPLIER".equals(h.holderKind()) ? Tier.TIER_2_AND_BELOW : Tier.OTHER;
  }

  /** part ÷ whole in percent, HALF_EVEN to two decimals; 0.00 when the whole is 0. */
  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
  }

  private static String key(String obligor, String currency) {
    return obligor + '\n' + currency;
  }
}
