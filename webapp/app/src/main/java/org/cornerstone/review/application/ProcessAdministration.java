package org.cornerstone.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;

/** The administrator's view of the running onboarding processes. */
@ApplicationScoped
@Transactional
public class ProcessAdministration {
  public static final String ONLY_ADMINS = "Only administrators can see running processes.";

  @Inject ProcessOperations onboarding;

  public List<RunningProcess> runningProcesses(Actor actor) {
    requireAdmin(actor);
    return onboarding.runningProcesses();
  }

  public List<Incident> incidents(Actor actor) {
    requireAdmin(actor);
    return onboarding.incidents();
  }

  /** Jobs under a lock; a stuck one (its node died) waits for the lock to expire. */
  public List<LockedJob> lockedJobs(Actor actor) {
    requireAdmin(actor);
    return onboarding.lockedJobs();
  }

  /** Retries the failed step of an incident, e.g. after the ledger is reachable again. */
  public void retry(Actor actor, String incidentId) {
    requireAdmin(actor);
    onboarding.retryIncident(incidentId);
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(ONLY_ADMINS);
    }
  }
}
