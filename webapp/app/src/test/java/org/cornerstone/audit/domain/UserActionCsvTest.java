package org.cornerstone.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserActionCsvTest {
  @Test
  void quotesWhatNeedsQuotingAndDefusesFormulas() {
    UserAction action =
        new UserAction(
            Instant.parse("2026-12-06T08:00:00Z"),
            "olivia",
            "Harbour Realty, Ltd",
            Channel.REST,
            "POST /api/assets",
            "=cmd|' /C calc'!A0",
            "203.0.113.7",
            Outcome.REFUSED,
            "The request has problems. \"title\" is required.\nAnd more.");
    String csv = UserActionCsv.of(List.of(action));
    assertThat(csv)
        .isEqualTo(
            UserActionCsv.HEADER
                + "\r\n"
                + "null,2026-12-06T08:00:00Z,olivia,\"Harbour Realty, Ltd\",REST,POST /api/assets,"
                + "'=cmd|' /C calc'!A0,203.0.113.7,REFUSED,"
                + "\"The request has problems. \"\"title\"\" is required.\nAnd more.\"\r\n");
  }

  @Test
  void longTextsAreCutToTheColumnNotRefused() {
    UserAction action =
        new UserAction(
            Instant.EPOCH,
            null,
            null,
            Channel.UI,
            "x".repeat(500),
            null,
            null,
            Outcome.FAILED,
            null);
    assertThat(action.username()).isEqualTo("anonymous");
    assertThat(action.action()).hasSize(UserAction.ACTION).endsWith("…");
  }
}
