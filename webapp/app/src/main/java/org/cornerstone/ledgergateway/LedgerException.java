package org.cornerstone.ledgergateway;

/** The ledger refused or could not record a transaction. The message is fit for a user. */
public class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LedgerException(String message) {
    super(message);
  }

  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
