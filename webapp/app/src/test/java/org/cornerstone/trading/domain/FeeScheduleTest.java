package org.cornerstone.trading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {
  static final FeeSchedule FIVE_BPS = new FeeSchedule(5, 0);

  @Test
  void theFeeIsRoundedHalfUpToTheMinorUnit() {
    // 5 bps of 10.00 = 0.005 → 0.01 (half up); of 9.99 = 0.004995 → 0.00; of 70.07 → 0.035035 →
    // 0.04
    assertThat(FIVE_BPS.feeMinor(10_00)).isEqualTo(1);
    assertThat(FIVE_BPS.feeMinor(9_99)).isZero();
    assertThat(FIVE_BPS.feeMinor(70_07)).isEqualTo(4);
    assertThat(FIVE_BPS.feeMinor(29_99)).isEqualTo(1); // 1.4995 minor → 1
    assertThat(FIVE_BPS.feeMinor(30_00)).isEqualTo(2); // 1.5 minor → 2
    assertThat(FIVE_BPS.feeMinor(0)).isZero();
    assertThat(FeeSchedule.NONE.feeMinor(1_000_000_00)).isZero();
  }

  @Test
  void aBuyReservesTheNotionalPlusTheFee() {
    assertThat(FIVE_BPS.buyReserveMinor(10_01, 7)).isEqualTo(70_07 + 4);
    assertThat(FIVE_BPS.buyFeeMinor(10_01, 7)).isEqualTo(4);
    assertThat(new FeeSchedule(100, 0).buyReserveMinor(12_34, 3)).isEqualTo(37_02 + 37);
  }

  @Test
  void theMinimumFeeAppliesOncePerOrderThatTrades() {
    FeeSchedule withMin = new FeeSchedule(5, 1_00);
    assertThat(withMin.feeMinor(10_00)).isEqualTo(1_00);
    assertThat(withMin.feeMinor(0)).isZero(); // nothing traded, nothing charged
    assertThat(withMin.feeMinor(3_000_000_00)).isEqualTo(1_500_00); // above the minimum
    // the first fill pays the minimum; later fills pay nothing until the bps exceed it
    long first = withMin.fillFeeMinor(0, 0, 1_00, 50_00);
    long second = withMin.fillFeeMinor(50_00, first, 1_00 - first, 50_00);
    assertThat(first).isEqualTo(1_00);
    assertThat(second).isZero();
  }

  @Test
  void partialFillsWithOddQuantitiesAddUpExactlyToTheFeeOfTheWhole() {
    FeeSchedule seven = new FeeSchedule(7, 0);
    long price = 10_07;
    long quantity = 13;
    long reserved = seven.buyFeeMinor(price, quantity); // 130.91 × 7 bps = 9.1637 minor → 9
    assertThat(reserved).isEqualTo(9);
    long executed = 0;
    long charged = 0;
    long left = reserved;
    long open = quantity;
    for (long fill : new long[] {1, 3, 2, 5, 1, 1}) {
      long notional = price * fill;
      long fee = seven.fillFeeMinor(executed, charged, left, notional);
      executed += notional;
      charged += fee;
      open -= fill;
      left = seven.restFeeMinor(executed, charged, price, open, left - fee);
    }
    assertThat(open).isZero();
    assertThat(charged).isEqualTo(reserved);
    assertThat(left).isZero();
  }

  @Test
  void aBetterPriceLowersTheFeeAndTheRestKeepsExactlyWhatItMayStillNeed() {
    FeeSchedule seven = new FeeSchedule(7, 0);
    long reserved = seven.buyFeeMinor(10_07, 13); // 9
    // 5 at 9.99 (better than the limit 10.07): 49.95 × 7 bps = 3.4965 → 3
    long fee = seven.fillFeeMinor(0, 0, reserved, 5 * 9_99);
    assertThat(fee).isEqualTo(3);
    // the rest (8 at 10.07) may at worst bring the order to 49.95 + 80.56 = 130.51 → 9.1357 → 9
    long rest = seven.restFeeMinor(5 * 9_99, fee, 10_07, 8, reserved - fee);
    assertThat(rest).isEqualTo(6);
    // never more than what is still reserved
    assertThat(seven.fillFeeMinor(0, 0, 2, 1_000_00)).isEqualTo(2);
  }

  @Test
  void hugeQuantitiesAreRefusedClearlyInsteadOfOverflowing() {
    assertThatThrownBy(() -> FIVE_BPS.buyReserveMinor(Long.MAX_VALUE / 2, 3))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(FeeSchedule.AMOUNT_TOO_LARGE);
    // the notional fits, the notional + fee does not
    assertThatThrownBy(() -> FIVE_BPS.buyReserveMinor(Long.MAX_VALUE - 10, 1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(FeeSchedule.AMOUNT_TOO_LARGE);
    // the fee itself of the largest notional is exact (no overflow in notional × bps)
    assertThat(new FeeSchedule(100, 0).feeMinor(Long.MAX_VALUE)).isEqualTo(92_233_720_368_547_758L);
  }

  @Test
  void theScheduleRefusesOutOfRangeTerms() {
    assertThatThrownBy(() -> new FeeSchedule(101, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FeeSchedule(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FeeSchedule(5, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new FeeSchedule(5, 1_00).text(2)).isEqualTo("5 bps (0.05 %), min 1.00");
  }
}
