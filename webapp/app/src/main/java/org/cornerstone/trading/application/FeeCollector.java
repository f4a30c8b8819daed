package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.trading.domain.FeeStore;
import org.cornerstone.trading.domain.SettlementState;
import org.cornerstone.trading.domain.StoredTrade;
import org.cornerstone.trading.domain.TradeFee;
import org.cornerstone.trading.domain.TradingStore;

/**
 * Pays each trade's buyer fee to the market operator once the trade's DvP settled: one ledger cash
 * move per trade under request key {@code trade-ID.fee} (a retry after a crash finds the move made
 * before), in a transaction of its own that also consumes the fee's reservation. As exchanges do,
 * the fee is billed separately from the DvP: a failed payment never undoes a settled trade; it is
 * retried with back-off (its last problem kept) while the fee stays reserved.
 */
@ApplicationScoped
public class FeeCollector {
  private static final Logger LOG = Logger.getLogger(FeeCollector.class.getName());

  @Inject FeeStore fees;
  @Inject TradingStore store;
  @Inject CashReservations cash;
  @Inject FeePayments payments;
  @Inject TradingPorts.Transactions transactions;
  @Inject Clock clock;

  /** Pays every unpaid fee of a settled trade whose attempt is due; answers how many. */
  public int collectDue() {
    List<Long> due = transactions.inNew(() -> fees.feesDue(clock.instant(), 200));
    due.forEach(this::collect);
    return due.size();
  }

  /** Whether the trade has a fee still to pay (in the caller's transaction). */
  public boolean due(long tradeId) {
    return fees.tradeFee(tradeId).filter(f -> "PENDING".equals(f.status())).isPresent();
  }

  /** One attempt to pay the trade's fee (nothing if it has none or is not settled yet). */
  public void collect(long tradeId) {
    try {
      transactions.inNew(() -> pay(tradeId));
    } catch (RuntimeException e) {
      String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      LOG.info("Paying the fee of trade " + tradeId + " failed: " + problem);
      transactions.inNew(() -> failed(tradeId, problem));
    }
  }

  private Void pay(long tradeId) {
    Optional<TradeFee> locked = fees.lockTradeFee(tradeId);
    if (locked.isEmpty() || !"PENDING".equals(locked.get().status())) {
      return null;
    }
    TradeFee f = locked.get();
    Optional<StoredTrade> trade = store.trade(tradeId);
    if (trade.isEmpty() || trade.get().settlement() != SettlementState.SETTLED) {
      return null;
    }
    String payee = payments.operator();
    // the reservation first, then the ledger: the settlement and the order entry lock the buyer's
    // cash account before the ledger's cash states too; in the opposite order a fee paid beside a
    // settlement of the same buyer deadlocks (seen with two app nodes, TwoNodesIT). A failed
    // payment rolls the consumption back.
    cash.consume(f.reservationKey());
    LedgerReceipt receipt =
        payments.pay(f.requestKey(), f.currency(), f.payerParty(), payee, f.feeMinor());
    Instant now = clock.instant();
    fees.update(
        new TradeFee(
            f.tradeId(),
            f.payerParty(),
            payee,
            f.feeMinor(),
            f.currency(),
            "PAID",
            receipt.transactionId(),
            f.attempts() + 1,
            null,
            now,
            receipt.committedAt() == null ? now : receipt.committedAt()));
    return null;
  }

  private Void failed(long tradeId, String problem) {
    Optional<TradeFee> locked = fees.lockTradeFee(tradeId);
    if (locked.isEmpty() || !"PENDING".equals(locked.get().status())) {
      return null;
    }
    TradeFee f = locked.get();
    int attempts = f.attempts() + 1;
    Instant next = clock.instant().plus(Duration.ofSeconds(1L << Math.min(attempts, 8)));
    fees.update(
        new TradeFee(
            f.tradeId(),
            f.payerParty(),
            f.payeeParty(),
            f.feeMinor(),
            f.currency(),
            "PENDING",
            null,
            attempts,
            problem.length() > 2000 ? problem.substring(0, 2000) : problem,
            next,
            null));
    return null;
  }

  /**
   * The trade was refused at settlement: its fee is not charged and its reservation is released, in
   * the caller's (the settlement attempt's) transaction.
   */
  public void release(long tradeId) {
    fees.lockTradeFee(tradeId)
        .filter(f -> "PENDING".equals(f.status()))
        .ifPresent(
            f -> {
              cash.release(f.reservationKey());
              fees.update(
                  new TradeFee(
                      f.tradeId(),
                      f.payerParty(),
                      null,
                      f.feeMinor(),
                      f.currency(),
                      "RELEASED",
                      null,
                      f.attempts(),
                      "Trade refused at settlement: no fee",
                      f.nextAttemptAt(),
                      null));
            });
  }
}
