package org.cornerstone.party.application;

import java.time.Instant;

/**
 * The signed-in investor's own onboarding page.
 *
 * @param openTask the profile task when it waits for the investor (first submission or after a
 *     send-back); null while compliance has the profile or onboarding has ended
 */
public record InvestorProfileView(InvestorDetails details, OpenTask openTask) {

  /**
   * The investor's open task.
   *
   * @param reworkComment what compliance asked for on a send-back; null on the first submission
   */
  public record OpenTask(String taskId, Instant since, String reworkComment) {}

  /** Whether the profile form is open: the process waits for the investor. */
  public boolean canSubmit() {
    return openTask != null;
  }
}
