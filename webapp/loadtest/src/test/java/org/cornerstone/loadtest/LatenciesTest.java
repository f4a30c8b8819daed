package org.cornerstone.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesByNearestRank() {
    Latencies latencies = new Latencies("page");
    for (int ms = 100; ms >= 1; ms--) {
      latencies.record(ms * 1_000_000L);
    }

    assertThat(latencies.count()).isEqualTo(100);
    assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
    assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
    assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
    assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
  }

  @Test
  void oneSampleIsEveryPercentile() {
    Latencies latencies = new Latencies("page");
    latencies.record(7_500_000L);

    assertThat(latencies.percentileMillis(1)).isEqualTo(7.5);
    assertThat(latencies.percentileMillis(99)).isEqualTo(7.5);
  }

  @Test
  void emptyAndErrors() {
    Latencies latencies = new Latencies("page");
    latencies.error();

    assertThat(latencies.percentileMillis(95)).isNaN();
    assertThat(latencies.errors()).isEqualTo(1);
    assertThat(latencies.summary()).contains("count      0", "errors    1");
    assertThatThrownBy(() -> latencies.percentileMillis(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
