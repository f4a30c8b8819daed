package org.cornerstone.servicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cornerstone.servicing.domain.Entitlements.Position;
import org.cornerstone.servicing.domain.Entitlements.Share;
import org.cornerstone.servicing.domain.Entitlements.Split;
import org.junit.jupiter.api.Test;

class EntitlementsTest {

  @Test
  void threeHoldersOfOneThirdEachSplitTheLeftOverCentByName() {
    Split split =
        Entitlements.split(
            100,
            List.of(
                new Position("C", 1, false),
                new Position("A", 1, false),
                new Position("B", 1, false)));
    assertThat(split.shares()).extracting(Share::grossMinor).containsExactly(33L, 34L, 33L);
    assertThat(split.shares()).extracting(Share::roundedUp).containsExactly(false, true, false);
    assertThat(split.remainderMinor()).isEqualTo(1);
    assertThat(split.total()).isEqualTo(100);
  }

  @Test
  void twoLeftOverCentsOfThreeEqualHoldersGoToTheFirstTwoNames() {
    Split split =
        Entitlements.split(
            12_345_680, // ≡ 2 (mod 3)
            List.of(
                new Position("Z", 5, false),
                new Position("A", 5, false),
                new Position("M", 5, false)));
    assertThat(split.remainderMinor()).isEqualTo(2);
    assertThat(split.shares()).extracting(Share::roundedUp).containsExactly(false, true, true);
    assertThat(split.total()).isEqualTo(split.netMinor());
  }

  @Test
  void sevenHoldersWithPrimeQuantitiesSumToTheNetAndTheLargestFractionsGetTheCents() {
    long[] primes = {2, 3, 5, 7, 11, 13, 17};
    List<Position> positions = new ArrayList<>();
    for (int i = 0; i < primes.length; i++) {
      positions.add(new Position("H" + i, primes[i], false));
    }
    long net = 12_345_678; // 123,456.78 CNY in fen; supply 58
    Split split = Entitlements.split(net, positions);
    assertThat(split.supply()).isEqualTo(58);
    assertThat(split.total()).isEqualTo(net);
    for (Share s : split.shares()) {
      long floor = net * s.quantity() / 58;
      assertThat(s.grossMinor()).isBetween(floor, floor + 1);
    }
    // Worked by hand: net × q mod 58 for q = 2,3,5,7,11,13,17 is 2,32,34,36,40,42,46; the floors
    // sum to net − 4, so the four largest remainders (46, 42, 40, 36 → H6, H5, H4, H3) get a fen.
    assertThat(split.remainderMinor()).isEqualTo(4);
    assertThat(split.shares().stream().filter(Share::roundedUp).map(Share::holder))
        .containsExactlyInAnyOrder("H3", "H4", "H5", "H6");
  }

  @Test
  void randomCasesAlwaysSumToTheNetAndNoHolderIsMoreThanOneMinorUnitOffItsExactShare() {
    Random random = new Random(20261206L);
    for (int round = 0; round < 2_000; round++) {
      int holders = 1 + random.nextInt(40);
      List<Position> positions = new ArrayList<>();
      for (int i = 0; i < holders; i++) {
        long quantity = 1 + (long) (random.nextDouble() * (round % 2 == 0 ? 1_000 : 1e12));
        positions.add(
            new Position(
                "holder-" + random.nextInt(1_000_000) + "-" + i,
                quantity,
                random.nextInt(10) == 0));
      }
      long net = (long) (random.nextDouble() * (round % 3 == 0 ? 100 : 1e15));
      Split split = Entitlements.split(net, positions);
      assertThat(split.total()).as("round " + round).isEqualTo(net);
      assertThat(split.remainderMinor()).isBetween(0L, (long) holders - 1);
      for (Share s : split.shares()) {
        java.math.BigInteger exactFloor =
            java.math.BigInteger.valueOf(net)
                .multiply(java.math.BigInteger.valueOf(s.quantity()))
                .divide(java.math.BigInteger.valueOf(split.supply()));
        assertThat(s.grossMinor() - exactFloor.longValueExact()).isBetween(0L, 1L);
      }
    }
  }

  @Test
  void aFrozenHolderKeepsItsShare() {
    Split split =
        Entitlements.split(1_000, List.of(new Position("A", 3, true), new Position("B", 1, false)));
    assertThat(split.shares().get(0).frozen()).isTrue();
    assertThat(split.shares().get(0).grossMinor()).isEqualTo(750);
  }

  @Test
  void noHoldersOrANegativeNetIsRefused() {
    assertThatThrownBy(() -> Entitlements.split(10, List.of())).hasMessage(Entitlements.NO_HOLDERS);
    assertThatThrownBy(() -> Entitlements.split(-1, List.of(new Position("A", 1, false))))
        .hasMessage(Entitlements.NEGATIVE);
  }

  @Test
  void withholdingRoundsDownToTheMinorUnit() {
    assertThat(Withholding.taxMinor(12_345, 1_000)).isEqualTo(1_234);
    assertThat(Withholding.taxMinor(12_345, 0)).isZero();
    assertThat(Withholding.taxMinor(Long.MAX_VALUE / 2, 10_000)).isEqualTo(Long.MAX_VALUE / 2);
    assertThatThrownBy(() -> Withholding.taxMinor(1, 10_001))
        .hasMessageStartingWith(Withholding.RATE_OUT_OF_RANGE);
  }
}
