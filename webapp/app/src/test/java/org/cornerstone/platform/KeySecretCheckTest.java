package org.cornerstone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class KeySecretCheckTest {

  @Test
  void theBuiltInDefaultAndTheComposeDefaultAreWarnedAbout() {
    assertThat(KeySecretCheck.warning(Settings.DEMO_KEY_SECRET))
        .contains(KeySecretCheck.PUBLISHED_SECRET);
    assertThat(KeySecretCheck.warning("local-demo-key-secret-change-me"))
        .contains(KeySecretCheck.PUBLISHED_SECRET);
  }

  @Test
  void aShortSecretIsWarnedAboutAndALongOneIsNot() {
    assertThat(KeySecretCheck.warning("fifteen-chars-x")).contains(KeySecretCheck.SHORT_SECRET);
    assertThat(KeySecretCheck.warning("sixteen-chars-xy")).isEmpty();
    assertThat(KeySecretCheck.warning("x7Qe-9pLm2-RtV4-kZ8w-Hn3s")).isEmpty();
  }

  @Test
  void theDefaultSettingLogsAWarningAtStart() {
    KeySecretCheck check = new KeySecretCheck();
    check.settings =
        new Settings() {
          @Override
          public String keySecret() {
            return Settings.DEMO_KEY_SECRET;
          }
        };
    List<LogRecord> logged = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(KeySecretCheck.class.getName());
    logger.addHandler(capture);
    try {
      check.onStart(new PlatformStarted());
    } finally {
      logger.removeHandler(capture);
    }
    assertThat(logged)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getLevel()).isEqualTo(Level.WARNING);
              assertThat(r.getMessage()).isEqualTo(KeySecretCheck.PUBLISHED_SECRET);
            });
  }
}
