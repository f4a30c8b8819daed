package org.cornerstone.ledger.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * Token selection: claims unconsumed states covering an amount and commits the transaction that
 * spends them. A claim is a PostgreSQL row lock taken {@code FOR UPDATE SKIP LOCKED}, so concurrent
 * selections pick different states, and it ends with its database transaction (commit, rollback or
 * a dead connection). When others' claims hide states the balance needs, the attempt is rolled back
 * and retried with a short random back-off, for up to {@link #RETRY_BUDGET}.
 */
final class TokenClaims {

  /** How long a selection retries while other claims hide the needed states. */
  static final Duration RETRY_BUDGET = Duration.ofSeconds(20);

  /**
   * How many states a claim locks per round: a selection consolidates up to that many small
   * holdings even when fewer would do (HistoryIT pins this behaviour, so it stays).
   */
  private static final int CLAIM_BATCH = 8;

  private final TransactionRunner transactions;
  private final LedgerNotary notary;
  private final LedgerReader reader;
  private final CommitPipeline pipeline;

  TokenClaims(LedgerNotary notary, LedgerReader reader, CommitPipeline pipeline) {
    this.transactions = reader.transactions();
    this.notary = notary;
    this.reader = reader;
    this.pipeline = pipeline;
  }

  /** See {@link EmbeddedLedger#submitSelecting}. */
  <T extends ContractState> LedgerTransaction submitSelecting(
      String requestKey,
      TokenSelection<T> selection,
      Function<List<LedgerStateAndRef<T>>, TransactionDraft> build) {
    CommitPipeline.checkRequestKey(requestKey);
    Party notaryParty = notary.party();
    long deadline = System.nanoTime() + RETRY_BUDGET.toNanos();
    while (true) {
      try {
        return transactions.inTransaction(
            connection -> {
              Optional<LedgerTransaction> earlier = reader.findByRequestKey(connection, requestKey);
              if (earlier.isPresent()) {
                return earlier.get();
              }
              List<LedgerStateAndRef<T>> claimed = claim(connection, selection);
              try {
                return pipeline.record(connection, requestKey, build.apply(claimed), notaryParty);
              } catch (StateAlreadyConsumedException consumed) {
                // A claim can lock a state whose spend committed after this statement's snapshot
                // (the spender only locked the row, so PostgreSQL does not re-check it): the
                // claim was stale, the database refused the second spend; select again.
                if (claimed.stream().anyMatch(s -> s.getRef().equals(consumed.getStateRef()))) {
                  throw new ClaimContention();
                }
                throw consumed;
              }
            });
      } catch (ClaimContention contention) {
        if (System.nanoTime() > deadline) {
          throw new LedgerException(LedgerException.CLAIM_CONTENTION);
        }
        backOff();
      }
    }
  }

  /** Signals that other transactions' claims hide states the balance needs: roll back, retry. */
  private static final class ClaimContention extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClaimContention() {
      super(LedgerException.CLAIM_CONTENTION, null, false, false);
    }
  }

  private static void backOff() {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerException(LedgerException.CLAIM_CONTENTION, e);
    }
  }

  private <T extends ContractState> List<LedgerStateAndRef<T>> claim(
      Connection connection, TokenSelection<T> selection) throws SQLException {
    VaultQueries.StateFilter filter =
        VaultQueries.StateFilter.unconsumed(selection.type(), selection.query());
    List<LedgerStateAndRef<T>> claimed = new ArrayList<>();
    long sum = 0;
    long afterSeq = Long.MIN_VALUE;
    try (PreparedStatement select =
        connection.prepareStatement(
            "select "
                + LedgerReader.STATE_COLUMNS
                + ", seq from ledger.state where "
                + filter.where()
                + " and seq > ? order by seq limit ? for update skip locked")) {
      boolean more = true;
      while (sum < selection.amount() && more) {
        int i = 1;
        for (Object parameter : filter.parameters()) {
          select.setObject(i++, parameter);
        }
        select.setLong(i++, afterSeq);
        select.setInt(i, CLAIM_BATCH);
        more = false;
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            more = true;
            afterSeq = row.getLong(6);
            LedgerStateAndRef<T> state = reader.stateFrom(row).as(selection.type());
            claimed.add(state);
            sum = Math.addExact(sum, selection.amountOf().applyAsLong(state.getContractState()));
          }
        }
      }
    }
    if (sum >= selection.amount()) {
      return claimed;
    }
    long balance = 0;
    for (LedgerStateAndRef<?> state :
        reader.queryStates(connection, filter.where(), filter.parameters())) {
      balance += selection.amountOf().applyAsLong(selection.type().cast(state.getContractState()));
    }
    if (balance < selection.amount()) {
      throw new LedgerException(
          LedgerException.INSUFFICIENT_FUNDS + ": " + balance + " < " + selection.amount());
    }
    throw new ClaimContention();
  }
}
