package org.cornerstone.financing.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each holder is paid at maturity. With enough cash every holder gets what it is due (its
 * holding's face value in minor units). With less cash (a shortfall) the cash is shared pro rata to
 * what is due, exact in minor units by the largest-remainder method: each holder first gets {@code
 * floor(cash × due ÷ total due)}, then the minor units left over go one each to the holders with
 * the largest remainders (ties: the larger amount due, then the holder's name), so the parts sum to
 * the cash exactly and no holder gets more than it is due. Plain Java, no framework.
 */
public final class MaturityAllocation {
  private MaturityAllocation() {}

  /**
   * @param due what each holder is due, by holder, in minor units (positive)
   * @param cashAvailable the obligor's cash in the certificate's currency, in minor units
   * @return what each holder is paid, in the order of {@code due}; sums to {@code min(cash, total)}
   */
  public static Map<String, Long> allocate(Map<String, Long> due, long cashAvailable) {
    if (cashAvailable < 0) {
      throw new IllegalArgumentException("Cash cannot be negative.");
    }
    long total = 0;
    for (Map.Entry<String, Long> e : due.entrySet()) {
      if (e.getValue() == null || e.getValue() <= 0) {
        throw new IllegalArgumentException("What a holder is due must be positive: " + e.getKey());
      }
      total = Math.addExact(total, e.getValue());
    }
    Map<String, Long> paid = new LinkedHashMap<>();
    if (cashAvailable >= total) {
      paid.putAll(due);
      return paid;
    }
    BigInteger cash = BigInteger.valueOf(cashAvailable);
    BigInteger sum = BigInteger.valueOf(total);
    record Share(String holder, long due, BigInteger remainder) {}
    List<Share> shares = new ArrayList<>();
    long given = 0;
    for (Map.Entry<String, Long> e : due.entrySet()) {
      BigInteger[] qr = cash.multiply(BigInteger.valueOf(e.getValue())).divideAndRemainder(sum);
      long floor = qr[0].longValueExact();
      paid.put(e.getKey(), floor);
      given += floor;
      shares.add(new Share(e.getKey(), e.getValue(), qr[1]));
    }
    long left = cashAvailable - given;
    shares.sort(
        Comparator.comparing(Share::remainder)
            .reversed()
            .thenComparing(Comparator.comparingLong(Share::due).reversed())
            .thenComparing(Share::holder));
    for (int i = 0; left > 0; i++, left--) {
      Share s = shares.get(i);
      paid.merge(s.holder(), 1L, Long::sum);
    }
    return paid;
  }
}
