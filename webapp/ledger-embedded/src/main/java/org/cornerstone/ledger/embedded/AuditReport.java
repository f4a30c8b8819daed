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

  // The transaction log (ADR 0018); the report's subject is the transaction, state, head or party.
  public static final String DELETED_TRANSACTION =
      "The log has this transaction, the tables do not (deleted)";
  public static final String NOT_IN_LOG =
      "The transaction is in the tables but not in the log (inserted)";
  public static final String OUT_OF_LOG_ORDER =
      "The transaction's commit order differs from its order in the log (reordered)";
  public static final String LEAF_MISMATCH = "The log leaf does not hash this transaction's id";
  public static final String LOG_GAP = "The log has a gap before this leaf";
  public static final String STRAY_CONSUMPTION =
      "The state is recorded as consumed by a transaction that does not spend it";
  public static final String CONSUMPTION_ELSEWHERE =
      "The state's consumption names another transaction than the one spending it";
  public static final String UNPINNED_SIGNER =
      "A signature is by a key that is not the notary-pinned key of any party";
  public static final String PIN_MISMATCH =
      "The party directory's key differs from the key the notary pinned for the party";
  public static final String BAD_PIN = "The pin is not signed by the notary";
  public static final String BAD_HEAD_SIGNATURE =
      "The tree head is not signed by this ledger's notary";
  public static final String BAD_HEAD_ROOT = "The tree head's root does not match the log";
  public static final String HEAD_BEYOND_LOG = "The tree head is larger than the log";
  public static final String UNSIGNED_TAIL = "Log leaves after the latest signed tree head";
  public static final String TAIL_MISMATCH =
      "The log tail (size or frontier) does not match the log";

  // Signing by consent (ADR 0019); the report's subject is the transaction.
  public static final String SIGNATURE_WITHOUT_CONSENT =
      "A party's signature has no recorded consent (removed, or signed without one)";
  public static final String BAD_CONSENT =
      "A recorded consent is not signed by the notary as stored (edited)";
  public static final String CONSENT_WITHOUT_SIGNATURE =
      "A recorded consent names a party that did not sign the transaction";

  public AuditReport {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
