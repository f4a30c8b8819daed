package org.cornerstone.ledger.embedded;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.StateAndRef;

/**
 * Runs the contracts of a transaction: the {@code verify} of every contract class named by an input
 * or output state, each once, in class-name order. Contract instances are created once (by their
 * no-argument constructor) and kept.
 */
final class ContractVerifier {

  private final Map<Class<?>, Contract> contracts = new ConcurrentHashMap<>();

  /**
   * @throws ContractRejectedException naming the first rejecting contract, with every rejecting
   *     contract's message
   */
  void verify(VerifiableTransaction transaction) {
    Map<String, Class<? extends Contract>> contractTypes = new TreeMap<>();
    for (StateAndRef<?> state : transaction.getInputStateAndRefs()) {
      contractTypes.put(
          state.getState().getContractType().getName(), state.getState().getContractType());
    }
    for (StateAndRef<?> state : transaction.getOutputStateAndRefs()) {
      contractTypes.put(
          state.getState().getContractType().getName(), state.getState().getContractType());
    }
    Map<String, RuntimeException> failures = new LinkedHashMap<>();
    for (Class<? extends Contract> type : contractTypes.values()) {
      try {
        contract(type).verify(transaction);
      } catch (RuntimeException e) {
        failures.put(type.getName(), e);
      }
    }
    if (!failures.isEmpty()) {
      List<String> messages =
          failures.values().stream()
              .map(e -> e.getMessage() == null ? e.getClass().getName() : e.getMessage())
              .toList();
      Map.Entry<String, RuntimeException> first = failures.entrySet().iterator().next();
      throw new ContractRejectedException(
          first.getKey(), String.join("; ", messages), first.getValue());
    }
  }

  private Contract contract(Class<? extends Contract> type) {
    return contracts.computeIfAbsent(
        type,
        t -> {
          try {
            return type.getDeclaredConstructor().newInstance();
          } catch (ReflectiveOperationException e) {
            throw new LedgerException("Cannot create contract " + type.getName(), e);
          }
        });
  }
}
