package org.cornerstone.financing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaturityAllocationTest {
  private static Map<String, Long> due(Object... pairs) {
    Map<String, Long> due = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      due.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return due;
  }

  @Test
  void enoughCashPaysEveryHolderInFull() {
    Map<String, Long> due = due("bank", 40_000_000, "songhua", 60_000_000);
    assertThat(MaturityAllocation.allocate(due, 100_000_000)).isEqualTo(due);
    assertThat(MaturityAllocation.allocate(due, 250_000_000)).isEqualTo(due);
  }

  @Test
  void aShortfallPaysProRataToTheCentByLargestRemainder() {
    // 1,000,000.00 due (600,000.00 + 400,000.00), 750,000.01 cash:
    // exact shares 450,000.006 and 300,000.004 -> floors 45,000,000 and 30,000,000 (sum
    // 75,000,000),
    // one cent left goes to the larger remainder (0.6 cent, songhua)
    Map<String, Long> paid =
        MaturityAllocation.allocate(
            due("songhua", 60_000_000, "northstar", 40_000_000), 75_000_001);
    assertThat(paid)
        .containsExactly(Map.entry("songhua", 45_000_001L), Map.entry("northstar", 30_000_000L));
  }

  @Test
  void threeEqualHoldersShareOneCentLeftOverByName() {
    // 100 cents among three equal holders of 1.00: 33 each, one left: ties -> holder name order
    Map<String, Long> paid = MaturityAllocation.allocate(due("c", 100, "a", 100, "b", 100), 100);
    assertThat(paid).containsEntry("a", 34L).containsEntry("b", 33L).containsEntry("c", 33L);
    assertThat(paid.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
  }

  @Test
  void partsAlwaysSumToTheCashAndNeverExceedWhatIsDue() {
    Map<String, Long> due = due("a", 333_333, "b", 1, "c", 7_777_777, "d", 123_456_789, "e", 2);
    long total = 333_333 + 1 + 7_777_777 + 123_456_789 + 2;
    for (long cash : new long[] {0, 1, 2, 3, 999, 131_567_901, total - 1}) {
      Map<String, Long> paid = MaturityAllocation.allocate(due, cash);
      assertThat(paid.values().stream().mapToLong(Long::longValue).sum())
          .as("cash " + cash)
          .isEqualTo(cash);
      paid.forEach((holder, p) -> assertThat(p).isBetween(0L, due.get(holder)));
    }
  }

  @Test
  void noCashPaysNobody() {
    assertThat(MaturityAllocation.allocate(due("a", 10, "b", 20), 0))
        .containsEntry("a", 0L)
        .containsEntry("b", 0L);
  }

  @Test
  void refusesNegativeCashAndNonPositiveDue() {
    assertThatThrownBy(() -> MaturityAllocation.allocate(due("a", 10), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MaturityAllocation.allocate(due("a", 0), 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
