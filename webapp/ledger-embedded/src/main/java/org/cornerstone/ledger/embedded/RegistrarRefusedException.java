package org.cornerstone.ledger.embedded;

import java.util.List;

/** The registrar's policy refused a transaction; nothing was signed or written. */
public final class RegistrarRefusedException extends LedgerException {

  private static final long serialVersionUID = 1L;

  /** The message starts with this, then the reasons. */
  public static final String REFUSED = "The registrar refuses to sign";

  private final List<String> reasonCodes;

  /**
   * @param reasonCodes stable codes of the failed rules (e.g. {@code MAX_HOLDERS_REACHED})
   * @param details the reasons in words
   */
  public RegistrarRefusedException(List<String> reasonCodes, String details) {
    super(REFUSED + ": " + String.join(", ", reasonCodes) + " (" + details + ")");
    this.reasonCodes = List.copyOf(reasonCodes);
  }

  public List<String> reasonCodes() {
    return reasonCodes;
  }
}
