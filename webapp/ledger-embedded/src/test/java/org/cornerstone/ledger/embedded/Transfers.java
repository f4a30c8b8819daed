package org.cornerstone.ledger.embedded;

import java.security.PublicKey;

/**
 * Token transfers through {@link EmbeddedLedger#submitSelecting}, with change back to the payer.
 */
final class Transfers {

  private Transfers() {}

  /**
   * {@code from} sends {@code amount} of {@code instrumentId} to {@code to}, keeping the change.
   */
  static LedgerTransaction transfer(
      EmbeddedLedger ledger,
      String requestKey,
      String instrumentId,
      PublicKey from,
      PublicKey to,
      long amount) {
    return ledger.submitSelecting(
        requestKey,
        new TokenSelection<>(
            TestTokenState.class,
            StateQuery.ofInstrument(instrumentId).andHeldBy(from),
            amount,
            TestTokenState::getQuantity),
        claimed -> {
          TestTokenState template = claimed.get(0).getContractState();
          long total = claimed.stream().mapToLong(s -> s.getContractState().getQuantity()).sum();
          TransactionDraft.Builder draft =
              TransactionDraft.builder()
                  .output(template.withHolder(to, amount))
                  .command(new TestTokenContract.Move())
                  .signatory(from)
                  .consent(Consent.Kind.INSTRUCTION, "test", from);
          claimed.forEach(s -> draft.input(s.getRef()));
          if (total > amount) {
            draft.output(template.withHolder(from, total - amount));
          }
          return draft.build();
        });
  }

  /** The unconsumed quantity of {@code instrumentId}, all holders (SQL over the stored states). */
  static long supply(javax.sql.DataSource dataSource, String instrumentId) {
    return TestDatabase.count(
        dataSource,
        "select coalesce(sum((state_json::jsonb ->> 'quantity')::bigint), 0) from ledger.state"
            + " where not exists (select 1 from ledger.consumption c where c.transaction_id ="
            + " state.transaction_id and c.output_index = state.output_index) and instrument_id = '"
            + instrumentId.replace("'", "''")
            + "'");
  }

  /** The unconsumed quantity of {@code instrumentId} held by {@code holder}. */
  static long balance(EmbeddedLedger ledger, String instrumentId, PublicKey holder) {
    return ledger
        .unconsumedStates(
            TestTokenState.class,
            StateQuery.ofInstrument(instrumentId).andHeldBy(holder),
            Page.first(Page.MAX_LIMIT))
        .stream()
        .mapToLong(s -> s.getContractState().getQuantity())
        .sum();
  }
}
