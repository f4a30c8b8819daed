package org.cornerstone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the run command starts its own PostgreSQL. */
class DevDatabaseTest {
  @Test
  void startsOnlyWithoutConfiguredDatabase() {
    assertThat(DevDatabase.needed(Map.of())).isTrue();
    assertThat(DevDatabase.needed(Map.of("DB_URL", " "))).isTrue();
    assertThat(DevDatabase.needed(Map.of("DB_URL", "jdbc:postgresql://db:5432/x"))).isFalse();
  }
}
