package org.cornerstone.party.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cornerstone.ledgergateway.EligibilityRecord;
import org.cornerstone.ledgergateway.RegistrarRecords;
import org.cornerstone.platform.PlatformStarted;

/**
 * Back-fills the registrar's eligibility records on the ledger at startup: investors who became
 * eligible before the ledger kept such records (e.g. the seeded demo investors) have none, and
 * where the ledger's registrar signs (Corda: {@code InvestorEligibilityState}) a transfer to them
 * would be refused. After the demo data is seeded, every eligible investor's record is written
 * through {@link RegistrarRecords} under the onboarding step's request key ({@code
 * investor-<id>.eligibility}), so an investor already recorded is not recorded again (the ledger
 * answers the earlier transaction). On the embedded ledger the port records nothing.
 *
 * <p>It runs off the startup thread; while the ledger cannot be reached (or refuses), the records
 * not yet written are tried again after a growing pause ({@link #retryDelay}), until all are.
 */
@ApplicationScoped
public class EligibilityBackfill {
  private static final Logger LOG = Logger.getLogger(EligibilityBackfill.class.getName());
  static final Duration FIRST_RETRY = Duration.ofSeconds(2);
  static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

  @Inject LedgerEligibility eligibility;
  @Inject RegistrarRecords ledgerRecords;
  @Resource ManagedScheduledExecutorService scheduler;

  /** Request keys recorded on the ledger since the start. */
  final Set<String> recorded = ConcurrentHashMap.newKeySet();

  /** After the demo seeding (which observes at the default priority). */
  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) PlatformStarted e) {
    schedule(0, Duration.ZERO);
  }

  private void schedule(int attempt, Duration delay) {
    scheduler.schedule(
        () -> {
          int failed;
          try {
            failed = recordMissing();
          } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Eligibility back-fill could not read the records", ex);
            failed = 1;
          }
          if (failed > 0) {
            schedule(attempt + 1, retryDelay(attempt + 1));
          }
        },
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** The pause before attempt {@code attempt} (1, 2, ...): doubling from 2 s, at most 5 min. */
  static Duration retryDelay(int attempt) {
    Duration delay = FIRST_RETRY;
    for (int i = 1; i < attempt && delay.compareTo(LONGEST_RETRY) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
  }

  /**
   * Writes the record of every eligible investor not yet recorded since the start; returns how many
   * the ledger did not take (they are tried again on the next call).
   */
  public int recordMissing() {
    int failed = 0;
    int written = 0;
    for (EligibilityRecord record : eligibility.all()) {
      String key = record.requestKey().value();
      if (recorded.contains(key)) {
        continue;
      }
      try {
        if (ledgerRecords.recordEligibility(record).isPresent()) {
          written++;
        }
        recorded.add(key);
      } catch (RuntimeException ex) {
        failed++;
        LOG.warning(
            "Eligibility back-fill: "
                + key
                + " not recorded on the ledger yet: "
                + ex.getMessage());
      }
    }
    if (written > 0 || failed > 0) {
      LOG.info(
          "Eligibility back-fill: "
              + written
              + " recorded on the ledger, "
              + failed
              + " to retry.");
    }
    return failed;
  }
}
