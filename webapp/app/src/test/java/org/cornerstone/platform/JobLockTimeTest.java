package org.cornerstone.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobLockTimeTest {
  @AfterEach
  void clear() {
    System.clearProperty("cornerstone.ledger");
    System.clearProperty("cornerstone.job-lock-time");
    System.clearProperty("cornerstone.corda.flow.deadline");
  }

  @Test
  void embeddedLedgerLocksJobsForAMinuteNotCamundasFiveMinutes() {
    assertThat(JobLockTime.of(new Settings())).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void cordaLockOutlivesTheFlowDeadlinePlusOneRequest() {
    System.setProperty("cornerstone.ledger", "corda");
    assertThat(JobLockTime.of(new Settings())).isEqualTo(Duration.ofMinutes(3));
    System.setProperty("cornerstone.corda.flow.deadline", "PT5M");
    assertThat(JobLockTime.of(new Settings())).isEqualTo(Duration.ofMinutes(6));
  }

  @Test
  void anExplicitLockTimeWinsAndMustBePositive() {
    System.setProperty("cornerstone.job-lock-time", "PT45S");
    assertThat(JobLockTime.of(new Settings())).isEqualTo(Duration.ofSeconds(45));
    System.setProperty("cornerstone.job-lock-time", "PT0S");
    assertThatThrownBy(() -> JobLockTime.of(new Settings()))
        .isInstanceOf(IllegalStateException.class);
  }
}
