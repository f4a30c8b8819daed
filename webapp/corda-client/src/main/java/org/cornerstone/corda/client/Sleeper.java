package org.cornerstone.corda.client;

import java.time.Duration;

/** Waits between polls; tests replace it so that they do not really wait. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** Sleeps the current thread. */
  static Sleeper threadSleep() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
