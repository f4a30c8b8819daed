package org.cornerstone.waterfall;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProRataTest {
  @Test
  void theMinorUnitsLeftByFlooringGoToTheLargestRemaindersTiesToTheSenior() {
    // 10 over three equal balances: 3.33 each, one unit left, to the first (most senior)
    assertThat(ProRata.shares(10, new long[] {300, 300, 300})).containsExactly(4, 3, 3);
    // 100 over 1:2 -> 33.33 and 66.67: the larger remainder (0.67) takes the unit
    assertThat(ProRata.shares(100, new long[] {1_000, 2_000})).containsExactly(33, 67);
  }

  @Test
  void sharesAlwaysAddUpToTheFunds() {
    long[] balances = {7_919, 104_729, 1_299_709, 3};
    for (long funds = 1; funds < 1_411_000; funds += 997) {
      long sum = 0;
      for (long share : ProRata.shares(funds, balances)) {
        sum += share;
      }
      assertThat(sum).isEqualTo(funds);
    }
  }

  @Test
  void fundsThatCoverEveryBalanceOrNothingToShareAreSaidSo() {
    assertThat(ProRata.shares(500, new long[] {200, 300})).isNull();
    assertThat(ProRata.shares(0, new long[] {200, 300})).containsExactly(0, 0);
    assertThat(ProRata.shares(50, new long[] {0, 0})).containsExactly(0, 0);
  }
}
