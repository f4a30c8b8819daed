package org.cornerstone.waterfall.tape;

/** A loan tape line that cannot be accepted; the message names the line number and the column. */
public class LoanTapeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public LoanTapeException(String message) {
    super(message);
  }
}
