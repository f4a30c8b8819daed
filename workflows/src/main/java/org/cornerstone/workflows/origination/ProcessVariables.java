package org.cornerstone.workflows.origination;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the variables a delegate cannot work without. */
final class ProcessVariables {

  private ProcessVariables() {}

  static String requireString(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalStateException(
          "Process variable '" + name + "' must be a non-blank String but is " + value);
    }
    return text;
  }
}
