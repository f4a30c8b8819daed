package org.cornerstone.waterfall;

import java.math.BigDecimal;

/**
 * Sharing principal funds pro rata to balances, in minor units: each share is floored, and the
 * minor units left by flooring go one each to the largest remainders (ties to the earlier, more
 * senior, balance). The shares add up to the funds exactly.
 */
final class ProRata {
  private ProRata() {}

  /**
   * The shares of {@code funds} for {@code balances}; {@code null} when the funds pay every balance
   * in full (or there is nothing to share), so the caller pays each balance.
   */
  static long[] shares(long funds, long[] balances) {
    long total = 0;
    for (long balance : balances) {
      total += balance;
    }
    if (total > 0 && funds >= total) {
      return null;
    }
    if (total == 0 || funds == 0) {
      return new long[balances.length];
    }
    long[] share = new long[balances.length];
    BigDecimal[] remainder = new BigDecimal[balances.length];
    long given = 0;
    BigDecimal pot = BigDecimal.valueOf(funds);
    BigDecimal whole = BigDecimal.valueOf(total);
    for (int i = 0; i < balances.length; i++) {
      BigDecimal[] qr = pot.multiply(BigDecimal.valueOf(balances[i])).divideAndRemainder(whole);
      share[i] = qr[0].longValueExact();
      remainder[i] = qr[1];
      given += share[i];
    }
    for (long left = funds - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < balances.length; i++) {
        if (remainder[i].signum() > 0
            && (best < 0 || remainder[i].compareTo(remainder[best]) > 0)) {
          best = i;
        }
      }
      share[best]++;
      remainder[best] = BigDecimal.ZERO;
    }
    return share;
  }
}
