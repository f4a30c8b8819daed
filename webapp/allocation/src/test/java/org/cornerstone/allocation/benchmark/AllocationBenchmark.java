package org.cornerstone.allocation.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cornerstone.allocation.AllocationEngine;
import org.cornerstone.allocation.AllocationResult;
import org.cornerstone.allocation.AllocationRule;
import org.cornerstone.allocation.OfferingTerms;
import org.cornerstone.allocation.SubscriptionRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Allocation of an oversubscribed book (twice as much asked as offered) of {@code size}
 * subscriptions. The baseline, measured in the same run on the same book, is sorting the book by
 * subscription time and id: every allocation does at least that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AllocationBenchmark {

  @Param({"1000", "100000"})
  public int size;

  private List<SubscriptionRequest> book;
  private OfferingTerms proRata;
  private OfferingTerms firstCome;

  @Setup
  public void makeBook() {
    Random random = new Random(42);
    Instant open = Instant.parse("2026-12-06T08:00:00Z");
    book = new ArrayList<>(size);
    long demanded = 0;
    for (int i = 0; i < size; i++) {
      long quantity = 10 + random.nextInt(10_000);
      book.add(new SubscriptionRequest(i, open.plusMillis(random.nextInt(3_600_000)), quantity));
      demanded += quantity;
    }
    proRata = new OfferingTerms(demanded / 2, 12_345, 10, AllocationRule.PRO_RATA);
    firstCome = new OfferingTerms(demanded / 2, 12_345, 10, AllocationRule.FIRST_COME);
  }

  @Benchmark
  public AllocationResult proRata() {
    return AllocationEngine.allocate(proRata, book);
  }

  @Benchmark
  public AllocationResult firstCome() {
    return AllocationEngine.allocate(firstCome, book);
  }

  /** Baseline: sort the book by time then id, nothing else. */
  @Benchmark
  public SubscriptionRequest[] baselineSortByTime() {
    SubscriptionRequest[] sorted = book.toArray(new SubscriptionRequest[0]);
    Arrays.sort(
        sorted,
        Comparator.comparing(SubscriptionRequest::subscribedAt)
            .thenComparingLong(SubscriptionRequest::id));
    return sorted;
  }
}
