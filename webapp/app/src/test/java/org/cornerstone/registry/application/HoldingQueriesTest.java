package org.cornerstone.registry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.cornerstone.ledger.Holding;
import org.cornerstone.ledger.Ledger;
import org.junit.jupiter.api.Test;

class HoldingQueriesTest {
  private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

  @Test
  void theCapTableListsHoldersLargestFirstWithTheirShares() {
    HoldingQueries queries = new HoldingQueries();
    queries.ledger = mock(Ledger.class);
    queries.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    when(queries.ledger.holdingsOfAsset("RE-000042"))
        .thenReturn(
            List.of(
                new Holding("RE-000042", "CN=Small", 250),
                new Holding("RE-000042", "CN=Big", 750),
                new Holding("RE-000042", "CN=Gone", 0)));

    CapTable table = queries.capTable("RE-000042");

    assertThat(table.instrumentId()).isEqualTo("RE-000042");
    assertThat(table.asOf()).isEqualTo(NOW);
    assertThat(table.total()).isEqualTo(1000);
    assertThat(table.positions())
        .containsExactly(
            new CapTable.Position("CN=Big", 750, new BigDecimal("0.750000")),
            new CapTable.Position("CN=Small", 250, new BigDecimal("0.250000")));
  }

  @Test
  void anInstrumentWithoutHoldingsHasAnEmptyCapTable() {
    HoldingQueries queries = new HoldingQueries();
    queries.ledger = mock(Ledger.class);
    queries.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    when(queries.ledger.holdingsOfAsset("RE-000001")).thenReturn(List.of());

    CapTable table = queries.capTable("RE-000001");

    assertThat(table.total()).isZero();
    assertThat(table.positions()).isEmpty();
  }
}
