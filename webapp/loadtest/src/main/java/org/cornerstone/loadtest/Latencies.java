package org.cornerstone.loadtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The latencies of one kind of request (a page load, the baseline), recorded from many threads;
 * percentiles by nearest rank over every sample (no histogram buckets, no sampling).
 */
final class Latencies {
  private final String name;
  private final List<Long> nanos = new ArrayList<>();
  private long errors;

  Latencies(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  synchronized void record(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  synchronized void error() {
    errors++;
  }

  synchronized long count() {
    return nanos.size();
  }

  synchronized long errors() {
    return errors;
  }

  /**
   * The p-th percentile in milliseconds by nearest rank ({@code p} in (0, 100]); NaN when empty.
   */
  synchronized double percentileMillis(double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1] / 1e6;
  }

  /** One line: count, errors, p50/p95/p99 and max in ms. */
  String summary() {
    return String.format(
        "%-38s count %6d  errors %4d  p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  max %8.1f ms",
        name,
        count(),
        errors(),
        percentileMillis(50),
        percentileMillis(95),
        percentileMillis(99),
        percentileMillis(100));
  }
}
