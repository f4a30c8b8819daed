package org.cornerstone.shared;

import java.util.List;

/** Input that breaks a business rule. Carries every problem found, each a sentence for the user. */
public class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public ValidationException(List<String> problems) {
    super(String.join(" ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public ValidationException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
