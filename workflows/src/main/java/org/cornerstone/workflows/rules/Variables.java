package org.cornerstone.workflows.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the variables a delegate cannot work without; a clear message names what is wrong. */
public final class Variables {

  private Variables() {}

  public static String requireString(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalStateException(
          "Process variable '" + name + "' must be a non-blank String but is " + value);
    }
    return text;
  }

  /** The variable, or null if it is not set. */
  public static String optionalString(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value != null && !(value instanceof String)) {
      throw new IllegalStateException(
          "Process variable '" + name + "' must be a String but is " + value);
    }
    return (String) value;
  }

  public static int requireInteger(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Math.toIntExact(((Number) value).longValue());
    }
    throw new IllegalStateException(
        "Process variable '" + name + "' must be an Integer but is " + value);
  }

  /** A decimal kept as a String (never a double), e.g. {@code "0.08"}. */
  public static BigDecimal requireDecimal(VariableScope scope, String name) {
    String text = requireString(scope, name);
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "Process variable '" + name + "' must be a decimal number but is '" + text + "'", e);
    }
  }

  /** A list of Strings (e.g. the COLLECT result of a decision table). */
  public static List<String> requireStringList(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Collection<?> items)) {
      throw new IllegalStateException(
          "Process variable '" + name + "' must be a list of Strings but is " + value);
    }
    List<String> strings = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof String text)) {
        throw new IllegalStateException(
            "Process variable '" + name + "' must hold only Strings but holds " + item);
      }
      strings.add(text);
    }
    return List.copyOf(strings);
  }
}
