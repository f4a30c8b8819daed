package org.cornerstone.ledger.embedded;

import java.util.Objects;
import java.util.function.ToLongFunction;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * What to spend: unconsumed states of {@code type} matching {@code query} whose amounts (read by
 * {@code amountOf}) add up to at least {@code amount}.
 */
public record TokenSelection<T extends ContractState>(
    Class<T> type, StateQuery query, long amount, ToLongFunction<T> amountOf) {

  public TokenSelection {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(amountOf, "amountOf");
    if (amount <= 0) {
      throw new IllegalArgumentException("A selection needs a positive amount");
    }
  }
}
