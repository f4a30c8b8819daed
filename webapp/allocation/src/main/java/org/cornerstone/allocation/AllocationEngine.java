package org.cornerstone.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Allocates an offering's tokens to its subscriptions. Pure, deterministic, whole tokens, money in
 * long minor units (exact: an overflow fails rather than wraps).
 *
 * <p>When the book is not oversubscribed (demanded ≤ offered) every subscription gets what it asked
 * for, whatever the rule. When it is:
 *
 * <ul>
 *   <li>{@link AllocationRule#FIRST_COME}: by subscription time, then id; each gets min(asked,
 *       left); one whose part would fall below the minimum subscription gets none and the next is
 *       tried.
 *   <li>{@link AllocationRule#PRO_RATA}: first, while the smallest remaining request's exact share
 *       (offered × asked ÷ demanded) is below the minimum subscription, that subscription is left
 *       out (the later one first among equal requests, then the higher id) and the shares are
 *       computed again without it. Then each remaining subscription gets ⌊offered × asked ÷
 *       demanded⌋ (its floor share, never below the minimum since the minimum is whole), and the
 *       tokens those floors leave over (fewer than the number of subscriptions) go one each by the
 *       <b>largest remainder</b> of that division; equal remainders go to the earlier subscription
 *       time, then the lower id. A floor share is below the request whenever it has a remainder, so
 *       the extra token never takes a subscription past what it asked for.
 * </ul>
 *
 * Guarantees (checked by {@code AllocationEngineTest}'s property test): each allocation is 0 or
 * between the minimum and the request; the total never exceeds min(offered, demanded) and equals it
 * when no subscription had to be left out; {@code unallocated = offered − allocated}; each amount
 * is allocated × price and reserved − released = amount, to the minor unit.
 */
public final class AllocationEngine {

  private AllocationEngine() {}

  /**
   * Allocates the book.
   *
   * @throws IllegalArgumentException when two subscriptions share an id or one asks for fewer than
   *     the minimum subscription
   * @throws ArithmeticException when an amount does not fit in a long
   */
  public static AllocationResult allocate(OfferingTerms terms, List<SubscriptionRequest> book) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(book, "book");
    int n = book.size();
    SubscriptionRequest[] requests = book.toArray(new SubscriptionRequest[0]);
    long[] ids = new long[n];
    long demanded = 0;
    for (int i = 0; i < n; i++) {
      SubscriptionRequest request = Objects.requireNonNull(requests[i], "subscription");
      ids[i] = request.id();
      if (request.quantity() < terms.minimumSubscription()) {
        throw new IllegalArgumentException(
            "Subscription "
                + request.id()
                + " asks for "
                + request.quantity()
                + ", fewer than the minimum subscription "
                + terms.minimumSubscription());
      }
      demanded = Math.addExact(demanded, request.quantity());
    }
    Arrays.sort(ids);
    for (int i = 1; i < n; i++) {
      if (ids[i] == ids[i - 1]) {
        throw new IllegalArgumentException("Two subscriptions share the id " + ids[i]);
      }
    }
    long offered = terms.quantityOffered();
    long[] allocated = new long[n];
    boolean oversubscribed = demanded > offered;
    if (!oversubscribed) {
      for (int i = 0; i < n; i++) {
        allocated[i] = requests[i].quantity();
      }
    } else {
      Integer[] byTime = sorted(requests, byTimeThenId(requests));
      if (terms.rule() == AllocationRule.FIRST_COME) {
        firstCome(terms, requests, byTime, allocated);
      } else {
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
          rank[byTime[r]] = r;
        }
        proRata(terms, requests, rank, demanded, allocated);
      }
    }
    return result(terms, requests, allocated, demanded, oversubscribed);
  }

  private static void firstCome(
      OfferingTerms terms, SubscriptionRequest[] requests, Integer[] order, long[] allocated) {
    long left = terms.quantityOffered();
    for (int i : order) {
      if (left < terms.minimumSubscription()) {
        break;
      }
      long part = Math.min(requests[i].quantity(), left);
      if (part >= terms.minimumSubscription()) {
        allocated[i] = part;
        left -= part;
      }
    }
  }

  /** {@code rank[i]}: the place of subscription i in time-then-id order (0 = first). */
  private static void proRata(
      OfferingTerms terms,
      SubscriptionRequest[] requests,
      int[] rank,
      long demanded,
      long[] allocated) {
    long offered = terms.quantityOffered();
    long minimum = terms.minimumSubscription();
    int n = requests.length;
    boolean[] leftOut = new boolean[n];
    // Smallest request first; among equal requests the later subscription, then the higher id.
    Integer[] smallestFirst =
        sorted(
            requests,
            (a, b) -> {
              int byQuantity = Long.compare(requests[a].quantity(), requests[b].quantity());
              return byQuantity != 0 ? byQuantity : Integer.compare(rank[b], rank[a]);
            });
    long remaining = demanded;
    for (int i : smallestFirst) {
      if (remaining <= offered) {
        break;
      }
      // exact share offered × asked ÷ remaining < minimum  ⇔  offered × asked < minimum × remaining
      if (lessThan(offered, requests[i].quantity(), minimum, remaining)) {
        leftOut[i] = true;
        remaining -= requests[i].quantity();
      } else {
        break; // shares grow with the request: every larger one reaches the minimum too
      }
    }
    if (remaining <= offered) {
      for (int i = 0; i < n; i++) {
        allocated[i] = leftOut[i] ? 0 : requests[i].quantity();
      }
      return;
    }
    long[] remainders = new long[n];
    long given = 0;
    List<Integer> withRemainder = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (leftOut[i]) {
        continue;
      }
      long asked = requests[i].quantity();
      if (Math.multiplyHigh(offered, asked) == 0 && offered * asked >= 0) {
        long product = offered * asked; // fits: no allocation on the common path
        allocated[i] = product / remaining;
        remainders[i] = product % remaining;
      } else {
        long[] division = multiplyDivide(offered, asked, remaining);
        allocated[i] = division[0];
        remainders[i] = division[1];
      }
      given += allocated[i];
      if (remainders[i] > 0) {
        withRemainder.add(i);
      }
    }
    long leftOver = offered - given;
    if (leftOver > withRemainder.size()) {
      throw new IllegalStateException("largest remainder: more tokens left than remainders");
    }
    withRemainder.sort(
        (a, b) -> {
          int byRemainder = Long.compare(remainders[b], remainders[a]);
          return byRemainder != 0 ? byRemainder : Integer.compare(rank[a], rank[b]);
        });
    for (int k = 0; k < leftOver; k++) {
      allocated[withRemainder.get(k)]++;
    }
  }

  private static AllocationResult result(
      OfferingTerms terms,
      SubscriptionRequest[] requests,
      long[] allocated,
      long demanded,
      boolean oversubscribed) {
    long price = terms.pricePerTokenMinorUnits();
    List<Allocation> allocations = new ArrayList<>(requests.length);
    long total = 0;
    for (int i = 0; i < requests.length; i++) {
      long reserved = Math.multiplyExact(requests[i].quantity(), price);
      long amount = Math.multiplyExact(allocated[i], price);
      allocations.add(
          new Allocation(
              requests[i].id(),
              requests[i].quantity(),
              allocated[i],
              reserved,
              amount,
              reserved - amount));
      total += allocated[i];
    }
    if (total > terms.quantityOffered() || total > demanded) {
      throw new IllegalStateException("over-allocated: " + total);
    }
    return new AllocationResult(
        allocations,
        demanded,
        total,
        terms.quantityOffered() - total,
        oversubscribed,
        Math.multiplyExact(total, price));
  }

  private static Comparator<Integer> byTimeThenId(SubscriptionRequest[] requests) {
    return Comparator.<Integer, java.time.Instant>comparing(i -> requests[i].subscribedAt())
        .thenComparingLong(i -> requests[i].id());
  }

  private static Integer[] sorted(SubscriptionRequest[] requests, Comparator<Integer> order) {
    Integer[] indices = new Integer[requests.length];
    Arrays.setAll(indices, i -> i);
    Arrays.sort(indices, order);
    return indices;
  }

  /** a × b &lt; c × d for non-negative longs, without overflow (128-bit products). */
  static boolean lessThan(long a, long b, long c, long d) {
    long high1 = Math.multiplyHigh(a, b);
    long high2 = Math.multiplyHigh(c, d);
    if (high1 != high2) {
      return high1 < high2;
    }
    return Long.compareUnsigned(a * b, c * d) < 0;
  }

  /** {quotient, remainder} of a × b ÷ d for non-negative a, b and positive d, exact. */
  static long[] multiplyDivide(long a, long b, long d) {
    if (Math.multiplyHigh(a, b) == 0 && a * b >= 0) {
      long product = a * b;
      return new long[] {product / d, product % d};
    }
    BigInteger[] division =
        BigInteger.valueOf(a)
            .multiply(BigInteger.valueOf(b))
            .divideAndRemainder(BigInteger.valueOf(d));
    return new long[] {division[0].longValueExact(), division[1].longValueExact()};
  }
}
