package org.cornerstone.shared;

/** The signed-in user's roles do not allow the action. Checked in application services. */
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
