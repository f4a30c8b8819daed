package org.cornerstone.servicing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The cap table is read at the close of the record date: the ledger counts a state created at or
 * before that instant ({@code committed_at <= t}) and not consumed by then. A trade on the record
 * date (even at 23:59:59.999999 local time) is before it; a trade at midnight after it is not.
 */
class RecordDateTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void aTradeOnTheRecordDateCountsAndOneAfterItDoesNot() {
    Instant close =
        DistributionStepsService.recordDateClosesAt(LocalDate.of(2026, 11, 30), SHANGHAI);
    Instant lastMomentOfTheDay =
        Instant.parse("2026-11-30T15:59:59.999999Z"); // 23:59:59.999999 +08
    Instant midnightAfter = Instant.parse("2026-11-30T16:00:00Z"); // 00:00 on 1 Dec in Shanghai
    Instant morningOfTheDay = Instant.parse("2026-11-30T01:00:00Z");
    assertThat(!lastMomentOfTheDay.isAfter(close)).as("trade on the record date counts").isTrue();
    assertThat(!morningOfTheDay.isAfter(close)).isTrue();
    assertThat(midnightAfter.isAfter(close)).as("trade after the record date does not").isTrue();
  }
}
