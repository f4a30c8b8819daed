package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.cash.application.CashStepsService;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.Settlement;
import org.cornerstone.trading.domain.SettlementState;
import org.cornerstone.trading.domain.StoredOrderEvent;
import org.cornerstone.trading.domain.StoredTrade;
import org.cornerstone.trading.domain.TradingStore;

/**
 * Settles trades DvP, one ledger transaction per trade under request key {@code trade-ID}, so a
 * retry after a crash (even after the ledger committed) finds the transaction made before and pays
 * once. Each attempt is its own transaction; a failure is recorded in another one. After {@link
 * #MAX_ATTEMPTS} failures the trade is an {@code INCIDENT}: its reservations stay until market
 * operations retry it. A buyer the transfer rules refuse at settlement: {@code REFUSED},
 * reservations released.
 */
@ApplicationScoped
public class TradeSettler {
  private static final Logger LOG = Logger.getLogger(TradeSettler.class.getName());
  public static final int MAX_ATTEMPTS = 5;

  @Inject TradingStore store;
  @Inject CashReservations cash;
  @Inject TokenReservations tokens;
  @Inject Settlement settlement;
  @Inject TradingPorts.Transactions transactions;
  @Inject TradingPorts.Catalog catalog;
  @Inject TradingPorts.TransferRules rules;
  @Inject TradingPorts.Parties parties;
  @Inject MarketListeners listeners;
  @Inject FeeCollector fees;
  @Inject Clock clock;

  /** Settles every trade whose attempt is due; answers how many were looked at. */
  public int settleDue() {
    List<Long> due = transactions.inNew(() -> store.tradesDue(clock.instant(), 200));
    due.forEach(this::settle);
    fees.collectDue();
    return due.size();
  }

  /**
   * One attempt to settle the trade; a failure is recorded, never thrown. Once settled, the buyer's
   * fee is paid in a transaction of its own ({@link FeeCollector}: billed apart from the DvP).
   */
  public void settle(long tradeId) {
    boolean feeToPay;
    try {
      feeToPay = transactions.inNew(() -> attempt(tradeId));
    } catch (RuntimeException e) {
      String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      LOG.info("Settlement of trade " + tradeId + " failed: " + problem);
      transactions.inNew(() -> failed(tradeId, problem));
      return;
    }
    if (feeToPay) {
      fees.collect(tradeId);
    }
  }

  /** Answers whether the trade settled now with a fee still to pay. */
  private boolean attempt(long tradeId) {
    Optional<StoredTrade> locked = store.lockTrade(tradeId);
    if (locked.isEmpty() || !locked.get().settlement().open()) {
      return false;
    }
    StoredTrade t = locked.get();
    Instant now = clock.instant();
    TradingPorts.Tradable instrument =
        catalog
            .tradable(t.instrumentId())
            .orElseThrow(
                () -> new IllegalStateException("Instrument " + t.instrumentId() + " is unknown"));
    List<String> refusals =
        rules.refusals(t.instrumentId(), t.sellerParty(), t.buyerParty(), t.quantity());
    if (!refusals.isEmpty()) {
      cash.release(t.cashKey());
      tokens.release(t.tokenKey());
      fees.release(t.id());
      String why = String.join("; ", refusals);
      store.updateSettlement(
          t.settled(SettlementState.REFUSED, null, t.attempts() + 1, why, now),
          null,
          settledEvents(t, "REFUSED", now, why));
      publishAfterCommit(t.instrumentId());
      return false;
    }
    // the reservations and the fee's state first: the ledger's DvP takes its per-instrument lock
    // until this transaction commits, so as little as possible comes after it (a failed DvP rolls
    // all back); the trade's fee is paid only once the trade is settled, so it is read before
    boolean feeDue = fees.due(t.id());
    cash.consume(t.cashKey());
    tokens.consume(t.tokenKey());
    LedgerReceipt receipt =
        settlement.settle(
            new DvpSettlement(
                RequestKey.of(t.requestKey()),
                t.instrumentId(),
                PartyName.of(instrument.issuerParty()),
                PartyName.of(t.sellerParty()),
                PartyName.of(t.buyerParty()),
                t.quantity(),
                CashStepsService.cashInstrument(t.currency()),
                PartyName.of(parties.settlementBank()),
                new MoneyAmount(t.amountMinor(), Currency.getInstance(t.currency()))));
    Instant committed = receipt.committedAt() == null ? now : receipt.committedAt();
    // the trade's new state and both orders' events: one request (under the ledger's lock)
    store.updateSettlement(
        t.settled(SettlementState.SETTLED, receipt.transactionId(), t.attempts() + 1, null, now),
        committed,
        settledEvents(t, "SETTLED", committed, "Trade " + t.id()));
    publishAfterCommit(t.instrumentId());
    return feeDue;
  }

  /** The trade's outcome in both its orders' histories. */
  private static List<StoredOrderEvent> settledEvents(
      StoredTrade t, String kind, Instant at, String reason) {
    String why = "REFUSED".equals(kind) ? "Trade " + t.id() + ": " + reason : reason;
    return List.of(
        new StoredOrderEvent(t.buyOrderId(), at, kind, t.quantity(), t.priceMinor(), why),
        new StoredOrderEvent(t.sellOrderId(), at, kind, t.quantity(), t.priceMinor(), why));
  }

  private Void failed(long tradeId, String problem) {
    Optional<StoredTrade> locked = store.lockTrade(tradeId);
    if (locked.isEmpty() || !locked.get().settlement().open()) {
      return null;
    }
    StoredTrade t = locked.get();
    int attempts = t.attempts() + 1;
    SettlementState state =
        attempts >= MAX_ATTEMPTS ? SettlementState.INCIDENT : SettlementState.RETRYING;
    Instant next = clock.instant().plus(Duration.ofSeconds(1L << Math.min(attempts, 8)));
    store.updateSettlement(t.settled(state, null, attempts, problem, next), null);
    publishAfterCommit(t.instrumentId());
    return null;
  }

  /** Market operations: an INCIDENT (or waiting) trade is tried again now, from attempt 0. */
  public StoredTrade retry(long tradeId) {
    return transactions.inNew(
        () -> {
          StoredTrade t =
              store
                  .trade(tradeId)
                  .orElseThrow(
                      () -> new org.cornerstone.shared.NotFoundException("No trade " + tradeId));
          if (t.settlement() != SettlementState.INCIDENT
              && t.settlement() != SettlementState.RETRYING) {
            throw new org.cornerstone.shared.ConflictException(
                "Trade "
                    + tradeId
                    + " is "
                    + t.settlement()
                    + ": only INCIDENT or RETRYING trades are retried.");
          }
          StoredTrade again =
              t.settled(SettlementState.RETRYING, null, 0, t.lastProblem(), clock.instant());
          store.updateSettlement(again, null);
          return again;
        });
  }

  private void publishAfterCommit(String instrumentId) {
    transactions.afterCompletion(
        committed -> {
          if (committed) {
            listeners.publish(instrumentId);
          }
        });
  }
}
