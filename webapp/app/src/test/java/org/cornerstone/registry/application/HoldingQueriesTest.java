package org.cornerstone.registry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.PartyName;
import org.junit.jupiter.api.Test;

class HoldingQueriesTest {
  private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

  @Test
  void theCapTableListsHoldersLargestFirstWithTheirShares() {
    HoldingQueries queries = new HoldingQueries();
    queries.register = mock(HoldingsRegister.class);
    queries.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    when(queries.register.holdingsOf("RE-000042"))
        .thenReturn(
            List.of(
                new Holding("RE-000042", PartyName.of("CN=Small"), 250, 0),
                new Holding("RE-000042", PartyName.of("CN=Big"), 750, 0),
                new Holding("RE-000042", PartyName.of("CN=Gone"), 0, 0)));

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
  void theCapTableAtARecordDateIsTheLedgersHoldingsAtThatInstant() {
    HoldingQueries queries = new HoldingQueries();
    queries.register = mock(HoldingsRegister.class);
    queries.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    Instant recordDate = Instant.parse("2026-11-30T16:00:00Z");
    when(queries.register.capTableAt("RE-000042", recordDate))
        .thenReturn(List.of(new Holding("RE-000042", PartyName.of("CN=Early"), 1000, 0)));

    CapTable table = queries.capTableAt("RE-000042", recordDate);

    assertThat(table.asOf()).isEqualTo(recordDate);
    assertThat(table.positions())
        .containsExactly(new CapTable.Position("CN=Early", 1000, new BigDecimal("1.000000")));
  }

  @Test
  void anInstrumentWithoutHoldingsHasAnEmptyCapTable() {
    HoldingQueries queries = new HoldingQueries();
    queries.register = mock(HoldingsRegister.class);
    queries.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    when(queries.register.holdingsOf("RE-000001")).thenReturn(List.of());

    CapTable table = queries.capTable("RE-000001");

    assertThat(table.total()).isZero();
    assertThat(table.positions()).isEmpty();
  }
}
