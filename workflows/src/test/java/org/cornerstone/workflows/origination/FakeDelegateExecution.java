package org.cornerstone.workflows.origination;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A {@link DelegateExecution} that only holds variables. Any other call fails, so a delegate that
 * reaches for more than its variables is caught by its unit test.
 */
final class FakeDelegateExecution {

  private final Map<String, Object> variables = new HashMap<>();

  FakeDelegateExecution with(String name, Object value) {
    variables.put(name, value);
    return this;
  }

  Map<String, Object> variables() {
    return variables;
  }

  DelegateExecution asExecution() {
    return (DelegateExecution)
        Proxy.newProxyInstance(
            DelegateExecution.class.getClassLoader(),
            new Class<?>[] {DelegateExecution.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "getVariable":
                  return variables.get((String) args[0]);
                case "hasVariable":
                  return variables.containsKey((String) args[0]);
                case "setVariable":
                  if (args.length == 2) {
                    variables.put((String) args[0], args[1]);
                    return null;
                  }
                  break;
                case "toString":
                  return "FakeDelegateExecution" + variables;
                default:
                  break;
              }
              throw new UnsupportedOperationException(
                  "Delegates only read and write variables; called " + method);
            });
  }
}
