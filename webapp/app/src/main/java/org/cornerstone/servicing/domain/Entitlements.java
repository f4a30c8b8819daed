package org.cornerstone.servicing.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Splits a distribution's net amount among the holders at the record date, in whole minor units.
 *
 * <p>Rounding policy (ADR 0016): each holder first gets {@code floor(net × holding / supply)}; the
 * minor units this leaves over (fewer than the number of holders) go one each to the holders with
 * the largest dropped fractions ({@code net × holding mod supply}), ties by holder name. The sum of
 * the entitlements is the net amount to the minor unit, always. Products are computed in {@link
 * BigInteger}, so no amount or quantity overflows.
 */
public final class Entitlements {
  public static final String NO_HOLDERS = "Nobody holds the instrument at the record date.";
  public static final String NEGATIVE = "The net amount must not be negative.";

  private Entitlements() {}

  /** One holder's position at the record date. */
  public record Position(String holder, long quantity, boolean frozen) {
    public Position {
      Objects.requireNonNull(holder, "holder");
      if (quantity <= 0) {
        throw new IllegalArgumentException("A position needs a positive quantity: " + holder);
      }
    }
  }

  /**
   * One holder's share of the net amount.
   *
   * @param roundedUp whether the holder received one of the left-over minor units
   */
  public record Share(
      String holder, long quantity, boolean frozen, long grossMinor, boolean roundedUp) {}

  /**
   * The split.
   *
   * @param remainderMinor the minor units handed out by largest remainder after flooring
   */
  public record Split(long netMinor, long supply, List<Share> shares, long remainderMinor) {
    public long total() {
      return shares.stream().mapToLong(Share::grossMinor).sum();
    }
  }

  /** Splits {@code netMinor} among {@code positions} (one per holder) in proportion to quantity. */
  public static Split split(long netMinor, List<Position> positions) {
    if (netMinor < 0) {
      throw new IllegalArgumentException(NEGATIVE);
    }
    if (positions.isEmpty()) {
      throw new IllegalArgumentException(NO_HOLDERS);
    }
    long supply = 0;
    for (Position p : positions) {
      supply = Math.addExact(supply, p.quantity());
    }
    BigInteger net = BigInteger.valueOf(netMinor);
    BigInteger total = BigInteger.valueOf(supply);
    int n = positions.size();
    long[] base = new long[n];
    BigInteger[] dropped = new BigInteger[n];
    long floored = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr =
          net.multiply(BigInteger.valueOf(positions.get(i).quantity())).divideAndRemainder(total);
      base[i] = qr[0].longValueExact();
      dropped[i] = qr[1];
      floored += base[i];
    }
    long leftover = netMinor - floored;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer, BigInteger>comparing(i -> dropped[i])
            .reversed()
            .thenComparing(i -> positions.get(i).holder()));
    boolean[] up = new boolean[n];
    for (int k = 0; k < leftover; k++) {
      up[order.get(k)] = true;
    }
    List<Share> shares = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Position p = positions.get(i);
      shares.add(new Share(p.holder(), p.quantity(), p.frozen(), base[i] + (up[i] ? 1 : 0), up[i]));
    }
    return new Split(netMinor, supply, List.copyOf(shares), leftover);
  }
}
