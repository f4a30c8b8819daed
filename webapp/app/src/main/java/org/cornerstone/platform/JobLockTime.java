package org.cornerstone.platform;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.cornerstone.corda.client.CordaClientConfig;

/**
 * How long the job executor holds the lock on a job it acquired (Camunda's {@code
 * lockTimeInMillis}). While a job is locked no other node runs it; when the node that locked it
 * dies, the job waits until the lock expires. Camunda's default is five minutes, which leaves an
 * asset "tokens being issued" for five minutes after a crash.
 *
 * <p>The lock must outlive the longest legitimate run of one job, else a second node would run it
 * while the first still does (harmless, ledger calls are idempotent by request key, but wasted):
 *
 * <ul>
 *   <li>Embedded ledger: {@link #EMBEDDED}, 60 s. The longest asynchronous step is an issuance: one
 *       ledger transaction (measured p99 ≤ 110 ms under load, webapp/ledger-embedded/README.md)
 *       plus rendering the certificate and the review bookkeeping, well under a second; 60 s leaves
 *       room for a slow database or a long GC pause.
 *   <li>Corda: the job waits for the flow up to the client's flow deadline ({@code
 *       cornerstone.corda.flow.deadline}, default 2 min) plus one request timeout (default 30 s),
 *       so the lock is that sum plus 30 s: 3 min by default.
 * </ul>
 *
 * {@code cornerstone.job-lock-time} (ISO-8601, e.g. {@code PT45S}) overrides the figure.
 */
public final class JobLockTime {
  static final Duration EMBEDDED = Duration.ofSeconds(60);
  static final Duration MARGIN = Duration.ofSeconds(30);

  private JobLockTime() {}

  public static Duration of(Settings settings) {
    var explicit = settings.get("cornerstone.job-lock-time");
    if (explicit.isPresent()) {
      Duration d = parse("cornerstone.job-lock-time", explicit.get());
      if (d.isNegative() || d.isZero()) {
        throw new IllegalStateException("cornerstone.job-lock-time must be positive: " + d);
      }
      return d;
    }
    if (!"corda".equalsIgnoreCase(settings.ledgerMode())) {
      return EMBEDDED;
    }
    Duration deadline =
        settings
            .get("cornerstone.corda.flow.deadline")
            .map(v -> parse("cornerstone.corda.flow.deadline", v))
            .orElse(CordaClientConfig.DEFAULT_FLOW_DEADLINE);
    Duration request =
        settings
            .get("cornerstone.corda.request.timeout")
            .map(v -> parse("cornerstone.corda.request.timeout", v))
            .orElse(CordaClientConfig.DEFAULT_REQUEST_TIMEOUT);
    return deadline.plus(request).plus(MARGIN);
  }

  /** The setting as an ISO-8601 duration; a start-stopping message names it otherwise. */
  static Duration parse(String name, String value) {
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(name + " must be an ISO-8601 duration: " + value, e);
    }
  }
}
