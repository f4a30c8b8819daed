package org.cornerstone.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AllocationEngineTest {

  private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

  private static SubscriptionRequest sub(long id, long secondsAfterOpen, long quantity) {
    return new SubscriptionRequest(id, T0.plusSeconds(secondsAfterOpen), quantity);
  }

  private static List<Long> allocated(AllocationResult result) {
    return result.allocations().stream().map(Allocation::allocated).toList();
  }

  @Test
  void undersubscribedBookIsFilledCompletelyWhateverTheRule() {
    for (AllocationRule rule : AllocationRule.values()) {
      AllocationResult result =
          AllocationEngine.allocate(
              new OfferingTerms(1000, 250, 10, rule), List.of(sub(1, 0, 300), sub(2, 5, 200)));

      assertThat(allocated(result)).containsExactly(300L, 200L);
      assertThat(result.oversubscribed()).isFalse();
      assertThat(result.unallocated()).isEqualTo(500);
      assertThat(result.amountMinorUnits()).isEqualTo(500 * 250);
      assertThat(result.allocations().get(0).releasedMinorUnits()).isZero();
    }
  }

  @Test
  void firstComeServesInTimeOrderThenById() {
    AllocationResult result =
        AllocationEngine.allocate(
            new OfferingTerms(100, 1_00, 1, AllocationRule.FIRST_COME),
            List.of(sub(3, 10, 60), sub(2, 0, 50), sub(1, 10, 30)));

    // id 2 first (earliest), then id 1 (same time as id 3, lower id), then id 3 gets what is left
    assertThat(allocated(result)).containsExactly(20L, 50L, 30L);
    assertThat(result.allocated()).isEqualTo(100);
    assertThat(result.allocations().get(0).releasedMinorUnits()).isEqualTo(40 * 1_00);
  }

  @Test
  void firstComeSkipsAPartBelowTheMinimumAndTriesTheNext() {
    AllocationResult result =
        AllocationEngine.allocate(
            new OfferingTerms(100, 1_00, 10, AllocationRule.FIRST_COME),
            List.of(sub(1, 0, 95), sub(2, 1, 20), sub(3, 2, 10)));

    // 5 left after id 1: below the minimum 10, so id 2 and id 3 get none
    assertThat(allocated(result)).containsExactly(95L, 0L, 0L);
    assertThat(result.unallocated()).isEqualTo(5);
  }

  @Test
  void proRataRoundsByLargestRemainder() {
    // 10 tokens, asked 3 × 7: each share 10 × 7 / 21 = 3.33…; one token left over, equal
    // remainders: the earliest subscription gets it
    AllocationResult result =
        AllocationEngine.allocate(
            new OfferingTerms(10, 3_33, 1, AllocationRule.PRO_RATA),
            List.of(sub(1, 5, 7), sub(2, 1, 7), sub(3, 9, 7)));

    assertThat(allocated(result)).containsExactly(3L, 4L, 3L);
    assertThat(result.allocated()).isEqualTo(10);
    assertThat(result.amountMinorUnits()).isEqualTo(10 * 3_33);
  }

  @Test
  void proRataGivesTheLeftOverTokensToTheLargestRemainders() {
    // 100 tokens, asked 50, 30, 20, 5 (105): shares 47.619, 28.571, 19.047, 4.761
    // floors 47+28+19+4 = 98; remainders (× 105): 65, 60, 5, 80 → ids 4 and 1 get one each
    AllocationResult result =
        AllocationEngine.allocate(
            new OfferingTerms(100, 1, 1, AllocationRule.PRO_RATA),
            List.of(sub(1, 0, 50), sub(2, 1, 30), sub(3, 2, 20), sub(4, 3, 5)));

    assertThat(allocated(result)).containsExactly(48L, 28L, 19L, 5L);
  }

  @Test
  void equalRemaindersAtTheSameTimeGoToTheLowerId() {
    AllocationResult result =
        AllocationEngine.allocate(
            new OfferingTerms(1, 1, 1, AllocationRule.PRO_RATA),
            List.of(sub(9, 0, 1), sub(4, 0, 1)));

    assertThat(allocated(result)).containsExactly(0L, 1L);
  }

  @Test
  void proRataLeavesOutSharesBelowTheMinimumAndSharesAgain() {
    // minimum 10; 100 offered; asked 95, 10, 10: the exact shares of the 10s are 8.7, below 10.
    // The later one is left out (demand 105 → share 9.52, still below), then the other: 95 fits.
    AllocationResult result =
        AllocationEngine.allocate(
            new OfferingTerms(100, 1, 10, AllocationRule.PRO_RATA),
            List.of(sub(1, 0, 95), sub(2, 1, 10), sub(3, 2, 10)));

    assertThat(allocated(result)).containsExactly(95L, 0L, 0L);
    assertThat(result.unallocated()).isEqualTo(5);
  }

  @Test
  void aSubscriptionBelowTheMinimumOrADuplicateIdIsRefused() {
    OfferingTerms terms = new OfferingTerms(100, 1, 10, AllocationRule.PRO_RATA);
    assertThatThrownBy(() -> AllocationEngine.allocate(terms, List.of(sub(1, 0, 9))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimum subscription");
    assertThatThrownBy(
            () -> AllocationEngine.allocate(terms, List.of(sub(1, 0, 10), sub(1, 1, 20))))
        .hasMessageContaining("share the id");
  }

  @Test
  void hugeQuantitiesDoNotOverflowTheShares() {
    long offered = 4_000_000_000_000_000_000L;
    AllocationResult result =
        AllocationEngine.allocate(
            new OfferingTerms(offered, 1, 1, AllocationRule.PRO_RATA),
            List.of(sub(1, 0, offered), sub(2, 1, offered)));

    assertThat(allocated(result)).containsExactly(offered / 2, offered / 2);
  }

  @Test
  void anAmountThatDoesNotFitInALongFailsInsteadOfWrapping() {
    assertThatThrownBy(
            () ->
                AllocationEngine.allocate(
                    new OfferingTerms(Long.MAX_VALUE / 2, 3, 1, AllocationRule.FIRST_COME),
                    List.of(sub(1, 0, Long.MAX_VALUE / 2))))
        .isInstanceOf(ArithmeticException.class);
  }

  /**
   * Property: many random books (both rules, with and without a minimum, under- and oversubscribed,
   * many equal times and quantities).
   */
  @Test
  void randomBooksAreAllocatedExactlyAndNeverOverAllocated() {
    Random random = new Random(20261206L);
    int checkedExact = 0;
    for (int run = 0; run < 5_000; run++) {
      long minimum = random.nextInt(4) == 0 ? 1 + random.nextInt(20) : 1;
      int size = 1 + random.nextInt(60);
      List<SubscriptionRequest> book = new ArrayList<>();
      long demanded = 0;
      for (int i = 0; i < size; i++) {
        long quantity = minimum + random.nextInt(random.nextBoolean() ? 10 : 1_000);
        book.add(sub(1_000 + random.nextInt(1_000_000), random.nextInt(30), quantity));
        demanded += quantity;
      }
      book = dedupe(book);
      demanded = book.stream().mapToLong(SubscriptionRequest::quantity).sum();
      long offered = 1 + random.nextLong(Math.max(1, demanded * 2));
      long price = 1 + random.nextInt(100_000);
      AllocationRule rule = AllocationRule.values()[random.nextInt(2)];
      OfferingTerms terms = new OfferingTerms(offered, price, minimum, rule);

      AllocationResult result = AllocationEngine.allocate(terms, book);

      long sum = 0;
      long amounts = 0;
      long reserved = 0;
      long released = 0;
      for (int i = 0; i < book.size(); i++) {
        Allocation a = result.allocations().get(i);
        assertThat(a.subscriptionId()).isEqualTo(book.get(i).id());
        assertThat(a.allocated()).isBetween(0L, book.get(i).quantity());
        if (a.allocated() > 0) {
          assertThat(a.allocated()).isGreaterThanOrEqualTo(minimum);
        }
        assertThat(a.amountMinorUnits()).isEqualTo(a.allocated() * price);
        assertThat(a.reservedMinorUnits()).isEqualTo(a.requested() * price);
        assertThat(a.releasedMinorUnits() + a.amountMinorUnits()).isEqualTo(a.reservedMinorUnits());
        sum += a.allocated();
        amounts += a.amountMinorUnits();
        reserved += a.reservedMinorUnits();
        released += a.releasedMinorUnits();
      }
      long expected = Math.min(offered, demanded);
      assertThat(sum).isEqualTo(result.allocated()).isLessThanOrEqualTo(expected);
      assertThat(result.unallocated()).isEqualTo(offered - sum);
      assertThat(amounts).isEqualTo(result.amountMinorUnits()).isEqualTo(sum * price);
      assertThat(reserved).isEqualTo(demanded * price);
      assertThat(amounts + released).isEqualTo(reserved);
      if (minimum == 1) {
        // no minimum to respect: the whole of min(offered, demanded) is allocated, to the token
        assertThat(sum).as("run %d, %s", run, terms).isEqualTo(expected);
        checkedExact++;
      }
      if (rule == AllocationRule.PRO_RATA && minimum == 1 && demanded > offered) {
        // a subscription left out had an exact share below one token; every other one is within
        // one token of its exact share of the demand that remained
        long retained = 0;
        for (int i = 0; i < book.size(); i++) {
          if (result.allocations().get(i).allocated() > 0) {
            retained += book.get(i).quantity();
          }
        }
        for (int i = 0; i < book.size(); i++) {
          long q = book.get(i).quantity();
          long a = result.allocations().get(i).allocated();
          if (a == 0) {
            assertThat(offered * q).isLessThan(demanded);
          } else {
            assertThat(a * retained).isLessThan(offered * q + retained);
            assertThat(a * retained).isGreaterThan(offered * q - retained);
          }
        }
      }
    }
    assertThat(checkedExact).isGreaterThan(1_000);
  }

  @Test
  void theEngineIsDeterministicWhateverTheOrderOfTheBook() {
    Random random = new Random(7);
    List<SubscriptionRequest> book = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      book.add(sub(i, random.nextInt(5), 1 + random.nextInt(50)));
    }
    OfferingTerms terms = new OfferingTerms(1_234, 5, 1, AllocationRule.PRO_RATA);
    AllocationResult first = AllocationEngine.allocate(terms, book);
    List<SubscriptionRequest> shuffled = new ArrayList<>(book);
    java.util.Collections.shuffle(shuffled, random);
    AllocationResult second = AllocationEngine.allocate(terms, shuffled);

    for (Allocation a : first.allocations()) {
      assertThat(second.allocations())
          .filteredOn(b -> b.subscriptionId() == a.subscriptionId())
          .singleElement()
          .isEqualTo(a);
    }
  }

  private static List<SubscriptionRequest> dedupe(List<SubscriptionRequest> book) {
    java.util.Map<Long, SubscriptionRequest> byId = new java.util.LinkedHashMap<>();
    book.forEach(s -> byId.putIfAbsent(s.id(), s));
    return new ArrayList<>(byId.values());
  }
}
