package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * Transaction histories, newest first and paged: of a holder's position in an instrument (index
 * {@code state_by_holder_instrument}) and of one holding's lineage back to its issue (index {@code
 * consumption_by_transaction}).
 */
final class LedgerHistory {

  private final TransactionRunner transactions;
  private final LedgerReader reader;

  LedgerHistory(LedgerReader reader) {
    this.transactions = reader.transactions();
    this.reader = reader;
  }

  List<LedgerTransaction> historyOf(String instrumentId, PublicKey holder, Page page) {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(page, "page");
    String key = LedgerJson.encodeKey(holder);
    return transactions.inTransaction(
        connection ->
            reader.loadTransactions(
                connection,
                "select t.id, t.content, t.committed_at from ledger.ledger_transaction t"
                    + " where t.id in (select unnest(array[s.transaction_id, c.consumed_by])"
                    + " from ledger.state s left join ledger.consumption c"
                    + " on c.transaction_id = s.transaction_id and c.output_index = s.output_index"
                    + " where s.holder_key = ? and s.instrument_id = ?)"
                    + " order by t.seq desc limit ? offset ?",
                key,
                instrumentId,
                page.limit(),
                page.offset()));
  }

  List<LedgerTransaction> historyOf(StateRef ref, Page page) {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(page, "page");
    String creator = ref.getTransactionId().toString();
    return transactions.inTransaction(
        connection ->
            reader.loadTransactions(
                connection,
                "with recursive lineage(id) as ("
                    + " select s.transaction_id from ledger.state s"
                    + " where s.transaction_id = ? and s.output_index = ?"
                    + " union"
                    + " select c.transaction_id from ledger.consumption c"
                    + " join lineage l on c.consumed_by = l.id)"
                    + " select t.id, t.content, t.committed_at from ledger.ledger_transaction t"
                    + " where t.id in (select id from lineage"
                    + " union select c.consumed_by from ledger.consumption c"
                    + " where c.transaction_id = ? and c.output_index = ?)"
                    + " order by t.seq desc limit ? offset ?",
                creator,
                ref.getIndex(),
                creator,
                ref.getIndex(),
                page.limit(),
                page.offset()));
  }
}
