package org.cornerstone.financing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageTreeTest {
  @Test
  void splitsDownTheChainSumExactlyToTheFaceValue() {
    LineageTree.Result tree =
        LineageTree.build(
            "songhua",
            100_000_000,
            List.of(
                new LineageTree.Hop("songhua", "northstar", 40_000_000),
                new LineageTree.Hop("northstar", "tier3", 15_000_001),
                new LineageTree.Hop("songhua", "other", 1)),
            Map.of());
    assertThat(tree.nodes())
        .containsExactly(
            new LineageTree.Node("songhua", null, 0, 100_000_000),
            new LineageTree.Node("northstar", "songhua", 1, 40_000_000),
            new LineageTree.Node("tier3", "northstar", 2, 15_000_001),
            new LineageTree.Node("other", "songhua", 1, 1));
    assertThat(tree.holdings())
        .containsEntry("songhua", 59_999_999L)
        .containsEntry("northstar", 24_999_999L)
        .containsEntry("tier3", 15_000_001L)
        .containsEntry("other", 1L);
    assertThat(tree.holdings().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(100_000_000);
  }

  @Test
  void repeatedHopsBetweenTwoHoldersAreOneEdgeAndACycleIsNotFollowedTwice() {
    LineageTree.Result tree =
        LineageTree.build(
            "a",
            1_000,
            List.of(
                new LineageTree.Hop("a", "b", 100),
                new LineageTree.Hop("a", "b", 50),
                new LineageTree.Hop("b", "a", 20)),
            Map.of());
    assertThat(tree.nodes())
        .containsExactly(
            new LineageTree.Node("a", null, 0, 1_000),
            new LineageTree.Node("b", "a", 1, 150),
            new LineageTree.Node("a", "b", 2, 20));
    assertThat(tree.holdings()).containsEntry("a", 870L).containsEntry("b", 130L);
  }

  @Test
  void redemptionsAtMaturityAreTakenOffTheHoldings() {
    LineageTree.Result tree =
        LineageTree.build(
            "a", 1_000, List.of(new LineageTree.Hop("a", "b", 400)), Map.of("a", 600L, "b", 300L));
    assertThat(tree.holdings()).containsEntry("a", 0L).containsEntry("b", 100L);
  }
}
