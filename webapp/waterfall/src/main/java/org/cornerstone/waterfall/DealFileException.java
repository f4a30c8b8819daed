package org.cornerstone.waterfall;

/**
 * A deal file, collections file or state that cannot be accepted. The message starts with the JSON
 * path of the offending value (e.g. {@code tranches[1].balance}) and says what is wrong.
 */
public class DealFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public DealFileException(String message) {
    super(message);
  }

  public DealFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
