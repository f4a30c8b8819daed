package org.cornerstone.securitization.application;

import java.time.Instant;
import java.util.List;
import org.cornerstone.securitization.application.DealViews.CheckView;

/** The records screens and the API get for a deal's loan tape (amounts as decimal strings). */
public final class TapeViews {
  private TapeViews() {}

  /**
   * The tape at a glance.
   *
   * @param balance every loan's balance; {@code poolBalance} the loans that count in the pool
   *     (status and maturity pass), {@code eligibleCount} the loans passing every criterion
   * @param assignedAt when closing recorded the tape as assigned to the SPV (null before)
   */
  public record TapeSummary(
      String fileName,
      String sha256,
      int loanCount,
      String balance,
      int pooledCount,
      String poolBalance,
      int eligibleCount,
      int ineligibleCount,
      String uploadedBy,
      Instant uploadedAt,
      Instant assignedAt,
      Integer assignedLoanCount,
      String assignedBalance) {}

  /** One loan with its eligibility; {@code position} is its place on the tape (1 first). */
  public record LoanView(
      int position,
      String id,
      String obligor,
      String balance,
      String rate,
      int term,
      int remainingTerm,
      String status,
      boolean eligible,
      List<CheckView> checks) {}

  /** The tape with its loans (all of them, or one page). */
  public record Tape(TapeSummary summary, List<LoanView> loans) {}
}
