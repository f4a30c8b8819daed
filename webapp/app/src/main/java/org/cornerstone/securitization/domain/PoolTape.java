package org.cornerstone.securitization.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A deal's loan tape (issue 14, ADR 0028): the record of the CSV the arranger uploaded, whose loans
 * are kept one row each beside it. The loans are not tokens; at closing the tape is recorded as
 * assigned to the SPV ({@link Assignment}).
 *
 * @param balanceMinor the balance of every loan on the tape, in minor units of the deal's currency
 */
public record PoolTape(
    String dealId,
    String fileName,
    String sha256,
    int loanCount,
    long balanceMinor,
    String uploadedBy,
    Instant uploadedAt,
    Assignment assignment) {

  /** What closing recorded as assigned to the SPV: the tape's loans that went into the pool. */
  public record Assignment(Instant at, int loanCount, long balanceMinor) {}

  public Optional<Assignment> assigned() {
    return Optional.ofNullable(assignment);
  }
}
