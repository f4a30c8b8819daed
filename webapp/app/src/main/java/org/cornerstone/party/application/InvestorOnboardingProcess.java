package org.cornerstone.party.application;

import java.time.Instant;
import java.util.Optional;
import org.cornerstone.workflows.investor.InvestorCategory;

/**
 * The {@code investor-onboarding} process as the application sees it (Camunda behind it). The
 * investor id is the business key.
 */
public interface InvestorOnboardingProcess {
  /** Starts onboarding for an investor; returns the process instance id. */
  String start(String investorId, String investorUser);

  /** The investor's open profile task (first submission or after a send-back), if any. */
  Optional<ProfileTask> openProfileTask(String investorId);

  /** Compliance's open review of the investor, if the process waits for it. */
  Optional<ComplianceReview> openComplianceReview(String investorId);

  /**
   * Completes the profile task with the declared country and category. Fails with a {@link
   * org.cornerstone.shared.ConflictException} when the task is no longer open (already submitted),
   * and with a {@link org.cornerstone.shared.ValidationException} when the process refuses the
   * profile.
   */
  void submitProfile(String taskId, String country, InvestorCategory category);

  /**
   * The investor's task "upload identity documents and declare profile".
   *
   * @param reworkComment what compliance asked for when it sent the profile back; null before
   */
  record ProfileTask(String taskId, String assignee, Instant created, String reworkComment) {}

  /** Compliance's review task; {@code assignee} is null while nobody has claimed it. */
  record ComplianceReview(String taskId, String assignee, Instant created, Instant due) {}
}
