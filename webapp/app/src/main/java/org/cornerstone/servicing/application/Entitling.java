package org.cornerstone.servicing.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.cornerstone.servicing.domain.Entitlements;
import org.cornerstone.servicing.domain.StoredEntitlement;
import org.cornerstone.servicing.domain.Withholding;

/**
 * Turns the cap table at the record date into stored entitlements: the split of {@link
 * Entitlements} (floor, then largest remainder), the withholding tax per holder from the table, the
 * state (HELD for a holder with frozen tokens at the record date, RETAINED for the payer's own
 * tokens, PENDING otherwise; an entitlement whose net is zero is PAID at once, as nothing moves)
 * and the payment batches ({@code batchSize} pending holders each, by holder name).
 */
public final class Entitling {
  /** What the withholding table needs to know about a holder. */
  public record Investor(String country, String category) {}

  private Entitling() {}

  public static List<StoredEntitlement> entitlements(
      String distributionId,
      long netMinor,
      String payer,
      List<Entitlements.Position> capTable,
      Function<String, Investor> investorOf,
      Withholding.Table table,
      int batchSize) {
    Entitlements.Split split = Entitlements.split(netMinor, capTable);
    List<Entitlements.Share> shares = new ArrayList<>(split.shares());
    shares.sort(Comparator.comparing(Entitlements.Share::holder));
    List<StoredEntitlement> out = new ArrayList<>();
    int pendingCount = 0;
    for (Entitlements.Share s : shares) {
      boolean own = sameParty(s.holder(), payer);
      Investor investor = own ? new Investor("", "UNKNOWN") : investorOf.apply(s.holder());
      int bps = own ? 0 : table.rateBps(investor.country(), investor.category());
      long tax = Withholding.taxMinor(s.grossMinor(), bps);
      long net = s.grossMinor() - tax;
      String state;
      Integer batch = null;
      if (own) {
        state = StoredEntitlement.RETAINED;
      } else if (s.frozen()) {
        state = StoredEntitlement.HELD;
      } else if (net == 0) {
        state = StoredEntitlement.PAID;
      } else {
        state = StoredEntitlement.PENDING;
        batch = 1 + pendingCount++ / batchSize;
      }
      out.add(
          new StoredEntitlement(
              distributionId,
              s.holder(),
              s.quantity(),
              s.frozen(),
              s.grossMinor(),
              s.roundedUp(),
              investor.country(),
              investor.category(),
              bps,
              tax,
              net,
              state,
              batch,
              null,
              null,
              null));
    }
    return out;
  }

  /**
   * Whether two X.500 names name the same party, whatever the order and spacing of their attributes
   * (the ledger writes them in its own order).
   */
  static boolean sameParty(String a, String b) {
    return canonical(a).equals(canonical(b));
  }

  private static List<String> canonical(String x500) {
    return java.util.Arrays.stream(x500.split(",")).map(String::strip).sorted().toList();
  }

  /** Total tax withheld. */
  public static long tax(List<StoredEntitlement> entitlements) {
    return entitlements.stream().mapToLong(StoredEntitlement::taxMinor).sum();
  }
}
