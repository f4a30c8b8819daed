package org.cornerstone.it;

import java.time.Duration;

/**
 * The pace of the integration tests' wait loops: look, and if the server is not there yet, pause
 * {@link #PAUSE} and look again, for at most a given time. A short pause ends a wait soon after the
 * server gets there (a journey waits a few dozen times); each look is one local HTTP call.
 */
final class Poll {
  static final Duration PAUSE = Duration.ofMillis(100);

  private Poll() {}

  /** How many looks a wait of at most this long makes. */
  static int looks(Duration within) {
    return Math.toIntExact(within.toMillis() / PAUSE.toMillis());
  }

  static void pause() throws InterruptedException {
    Thread.sleep(PAUSE.toMillis());
  }
}
