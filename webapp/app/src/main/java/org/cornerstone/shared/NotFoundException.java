package org.cornerstone.shared;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
