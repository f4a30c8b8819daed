package org.cornerstone.ledger.embedded;

import java.util.List;

/** The outcome of re-verifying a stored transaction: valid when there are no problems. */
public record AuditReport(String transactionId, List<String> problems) {

  public static final String UNKNOWN_TRANSACTION = "Unknown transaction";
  public static final String ID_MISMATCH = "The stored content does not hash to the transaction id";
  public static final String UNREADABLE_CONTENT = "The stored content is not valid JSON";
  public static final String STATE_MISMATCH = "A stored state differs from the transaction content";
  public static final String INPUT_NOT_CONSUMED =
      "An input state is not recorded as consumed by this transaction";
  public static final String MISSING_SIGNATURE = "A required signatory's signature is missing";
  public static final String INVALID_SIGNATURE = "A stored signature does not verify";

  public AuditReport {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
