package org.cornerstone.ledger.embedded;

/** Any refusal or failure of the embedded ledger. Messages are the constants below. */
public class LedgerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public static final String DATABASE_FAILURE = "The ledger database failed";
  public static final String ALREADY_CONSUMED = "State already consumed";
  public static final String UNKNOWN_STATE = "Unknown state";
  public static final String UNKNOWN_SIGNATORY = "No local party holds the signatory key";

  /** Followed by ": " and the party's name (ADR 0019). */
  public static final String NO_CONSENT =
      "The ledger signs for a party only with its consent (order, instruction, approval or"
          + " decision), and the transaction names none for";

  /** Followed by ": " and the party's name. */
  public static final String CONSENT_OF_NON_SIGNER =
      "A consent names a party that does not sign the transaction";

  public static final String MISSING_SIGNATURE = "A required signatory did not sign";
  public static final String INVALID_SIGNATURE = "Invalid signature";
  public static final String NO_COMMANDS = "A transaction needs at least one command";
  public static final String NO_SIGNATORIES = "A transaction needs at least one signatory";
  public static final String NO_STATES = "A transaction needs at least one input or output state";
  public static final String DUPLICATE_INPUT = "A state is spent twice in the same transaction";
  public static final String OUTSIDE_TIME_WINDOW = "The transaction is outside its time window";
  public static final String NOT_A_CONTRACT_STATE =
      "The state class is not annotated with @BelongsToContract";
  public static final String INVALID_REQUEST_KEY =
      "A request key is 1 to 200 characters of letters, digits, '.', '_' or '-'";
  public static final String WRONG_SECRET =
      "Cannot decrypt the private key: wrong ledger secret or corrupted key";
  public static final String INSUFFICIENT_FUNDS = "Insufficient funds";
  public static final String CLAIM_CONTENTION =
      "The states to spend stayed claimed by other transactions; try again";
  public static final String ENCODING_FAILURE = "Cannot encode or decode ledger content";
  public static final String LOG_TAIL_MISSING =
      "The transaction log's latest transaction is missing from the ledger tables (deleted?);"
          + " the log merges nothing (no new signed head) until it is restored";
  public static final String LOG_PENDING_MISSING =
      "A committed transaction waiting for the log is missing from the ledger tables (deleted?);"
          + " the log merges nothing (no new signed head) until it is restored";

  /** Followed by ": " and the public key (base64 X.509). */
  public static final String KEY_PAIR_MISMATCH =
      "The stored private key does not sign for the party's public key";

  public static final String KEY_NOT_PINNED =
      "A signer's key differs from the key the notary pinned for its party";

  public LedgerException(String message) {
    super(message);
  }

  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
