package org.cornerstone.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * The longest an idle job executor waits before it looks for due jobs again. A job the engine
 * creates wakes the executor at once; a job that only becomes due (a timer, a failed job's next
 * attempt) is found at the executor's next look, and Camunda's idle executor looks after 5 s, then
 * 10, 20, 40 and at most every 60 s. {@code cornerstone.jobs.acquisition-wait} (ISO-8601, e.g.
 * {@code PT1S}) caps that wait: a timer or a retry runs at most that long after it is due, for one
 * more query of {@code act_ru_job} per node and interval while nothing is due. Absent, Camunda's
 * defaults hold. The integration-test servers set {@code PT1S}: their tests bring timers forward
 * and wait for the next attempt of a failed step.
 */
public final class JobAcquisitionWait {
  static final String PROPERTY = "cornerstone.jobs.acquisition-wait";

  private JobAcquisitionWait() {}

  /** The cap; empty when none is set. */
  public static Optional<Duration> of(Settings settings) {
    return settings.get(PROPERTY).map(JobAcquisitionWait::checked);
  }

  static Duration checked(String value) {
    Duration wait = JobLockTime.parse(PROPERTY, value);
    if (wait.toMillis() < 1 || wait.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalStateException(PROPERTY + " must be between 1 ms and 1 hour: " + value);
    }
    return wait;
  }
}
