package org.cornerstone.servicing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Entitlements held because the holder's tokens were frozen at the record date (ADR 0016): kept,
 * not lost, and paid once the registrar has unfrozen the holding and a trustee releases them.
 *
 * <p>The rule: only a {@code HELD} entitlement is released; it is released only while none of the
 * holder's tokens of the instrument are frozen (today, not at the record date); an entitlement
 * already released (or paid) is not paid again, the release answers what was paid. The ledger steps
 * of a release are keyed by the distribution and the holder, so a retry after a crash finds them
 * instead of paying twice.
 */
public final class HeldEntitlements {
  public static final String NOT_ENTITLED = "%s has no entitlement in distribution %s.";
  public static final String NOT_HELD =
      "The entitlement of %s in distribution %s is %s, not held: only a held entitlement is"
          + " released.";
  public static final String STILL_FROZEN =
      "%s still has %d frozen tokens of %s: the held entitlement is released only after the"
          + " registrar has unfrozen the holding.";

  private HeldEntitlements() {}

  /** What a release request comes to. */
  public enum Decision {
    /** Pay the held entitlement now. */
    PAY,
    /** Paid by an earlier release (a double submit or a retry): pay nothing. */
    ALREADY_PAID
  }

  /**
   * Decides a release of {@code entitlement}, whose holder has {@code frozenNow} frozen tokens of
   * the instrument today.
   *
   * @throws IllegalStateException with {@link #STILL_FROZEN} while tokens are frozen, or {@link
   *     #NOT_HELD} for an entitlement that was never held (pending, retained)
   */
  public static Decision decide(
      StoredEntitlement entitlement, String instrumentId, long frozenNow) {
    if (StoredEntitlement.PAID.equals(entitlement.state()) && entitlement.frozen()) {
      return Decision.ALREADY_PAID;
    }
    if (!StoredEntitlement.HELD.equals(entitlement.state())) {
      throw new IllegalStateException(
          String.format(
              NOT_HELD,
              entitlement.holder(),
              entitlement.distributionId(),
              entitlement.state().toLowerCase(java.util.Locale.ROOT)));
    }
    if (frozenNow > 0) {
      throw new IllegalStateException(
          String.format(STILL_FROZEN, entitlement.holder(), frozenNow, instrumentId));
    }
    return Decision.PAY;
  }

  /**
   * The ledger request key of one step of a release, e.g. {@code
   * distribution-DIST-000042.release-3f9a…}: one per (distribution, holder). The holder's X.500
   * name has characters a key may not carry, so the key names it by the first 16 bytes of its
   * SHA-256.
   */
  public static String releaseKey(String distributionId, String holder) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(holder.getBytes(StandardCharsets.UTF_8));
      return "distribution-"
          + distributionId
          + ".release-"
          + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /**
   * A distribution's entitlements summed by state, in entitlement amounts (before withholding):
   * {@code paid + held + retained + pending = net declared}, to the minor unit, once computed.
   *
   * @param paidNetMinor what the paid holders received in cash (their entitlements less tax)
   * @param heldNetMinor what the held holders will receive when released
   */
  public record Totals(
      long paidMinor,
      long heldMinor,
      long retainedMinor,
      long pendingMinor,
      long paidNetMinor,
      long heldNetMinor,
      int heldHolders) {
    /** The sum of every entitlement: the net amount declared, once the entitlements exist. */
    public long entitledMinor() {
      return Math.addExact(
          Math.addExact(paidMinor, heldMinor), Math.addExact(retainedMinor, pendingMinor));
    }
  }

  /** Sums {@code entitlements} by state. */
  public static Totals totals(List<StoredEntitlement> entitlements) {
    long paid = 0;
    long held = 0;
    long retained = 0;
    long pending = 0;
    long paidNet = 0;
    long heldNet = 0;
    int heldHolders = 0;
    for (StoredEntitlement e : entitlements) {
      switch (e.state()) {
        case StoredEntitlement.PAID -> {
          paid = Math.addExact(paid, e.grossMinor());
          paidNet = Math.addExact(paidNet, e.netMinor());
        }
        case StoredEntitlement.HELD -> {
          held = Math.addExact(held, e.grossMinor());
          heldNet = Math.addExact(heldNet, e.netMinor());
          heldHolders++;
        }
        case StoredEntitlement.RETAINED -> retained = Math.addExact(retained, e.grossMinor());
        default -> pending = Math.addExact(pending, e.grossMinor());
      }
    }
    return new Totals(paid, held, retained, pending, paidNet, heldNet, heldHolders);
  }
}
