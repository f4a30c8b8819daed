package org.cornerstone.review.application;

import java.util.List;

/** The administration port: running processes and their incidents. */
public interface ProcessOperations {
  List<RunningProcess> runningProcesses();

  /** Open incidents: steps whose retries are used up and that wait for a person. */
  List<Incident> incidents();

  /**
   * Gives the failed step of an incident another try (the job executor runs it again at once).
   * Fails with a {@link org.cornerstone.shared.ConflictException} when the incident is already
   * resolved, and with a {@link org.cornerstone.shared.NotFoundException} when there never was such
   * an incident.
   */
  void retryIncident(String incidentId);

  /** Jobs held by a job executor's lock, with the owner and expiry of each lock. */
  List<LockedJob> lockedJobs();
}
