package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.LedgerStateAndRef;
import org.cornerstone.ledger.embedded.LedgerTransaction;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;

/**
 * {@link HoldingsRegister} on the embedded ledger: its indexed queries over unconsumed token states
 * (by instrument, by holder, at a record date) and a holder's transaction history.
 */
@ApplicationScoped
@Typed(EmbeddedHoldingsRegister.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedHoldingsRegister implements HoldingsRegister {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedHoldingsRegister() {}

  EmbeddedHoldingsRegister(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public List<Holding> holdingsOf(String instrumentId) {
    EmbeddedLedger ledger = access.ledger();
    return holdings(
        EmbeddedLedgerAccess.all(page -> ledger.holdingsByInstrumentId(instrumentId, page)));
  }

  @Override
  public List<Holding> holdingsOfHolder(PartyName holder) {
    EmbeddedLedger ledger = access.ledger();
    PublicKey key = access.party(holder).publicKey();
    return holdings(EmbeddedLedgerAccess.all(page -> ledger.holdingsByHolder(key, page)));
  }

  @Override
  public List<Holding> capTableAt(String instrumentId, Instant recordDate) {
    EmbeddedLedger ledger = access.ledger();
    return holdings(
        EmbeddedLedgerAccess.all(page -> ledger.holdingsAt(instrumentId, recordDate, page)));
  }

  @Override
  public List<HoldingChange> historyOf(String instrumentId, PartyName holder) {
    EmbeddedLedger ledger = access.ledger();
    PublicKey key = access.party(holder).publicKey();
    return EmbeddedLedgerAccess.all(page -> ledger.historyOf(instrumentId, key, page)).stream()
        .map(tx -> change(ledger, tx, instrumentId, key))
        .toList();
  }

  @Override
  public List<CashHolding> cashOf(PartyName holder) {
    EmbeddedLedger ledger = access.ledger();
    PublicKey key = access.party(holder).publicKey();
    Map<List<String>, Long> byKey = new LinkedHashMap<>();
    for (LedgerStateAndRef<?> state :
        EmbeddedLedgerAccess.all(page -> ledger.holdingsByHolder(key, page))) {
      if (state.getContractState() instanceof CashTokenState cash) {
        byKey.merge(
            List.of(cash.getCurrency(), cash.getIssuer().toString()),
            cash.getAmount(),
            Math::addExact);
      }
    }
    return byKey.entrySet().stream()
        .map(
            e ->
                new CashHolding(
                    holder,
                    PartyName.of(e.getKey().get(1)),
                    MoneyAmount.of(e.getValue(), e.getKey().get(0))))
        .toList();
  }

  /** The holder's tokens of the instrument the transaction produced minus those it consumed. */
  private static HoldingChange change(
      EmbeddedLedger ledger, LedgerTransaction tx, String instrumentId, PublicKey holder) {
    long produced =
        tx.outputs().stream()
            .mapToLong(s -> quantityOf(s.getContractState(), instrumentId, holder))
            .sum();
    long consumed =
        tx.inputs().stream()
            .flatMap(ref -> ledger.state(ref).stream())
            .mapToLong(s -> quantityOf(s.getContractState(), instrumentId, holder))
            .sum();
    return new HoldingChange(
        tx.id().toString(),
        tx.committedAt(),
        tx.commands().stream().map(c -> c.getClass().getSimpleName()).toList(),
        Math.subtractExact(produced, consumed));
  }

  private static long quantityOf(ContractState state, String instrumentId, PublicKey holder) {
    return state instanceof AssetTokenState token
            && token.getInstrumentId().equals(instrumentId)
            && token.getHolderKey().equals(holder)
        ? token.getQuantity()
        : 0;
  }

  /** Sums token states per instrument and holder, in the order the ledger listed them. */
  static List<Holding> holdings(Collection<? extends LedgerStateAndRef<?>> states) {
    Map<List<String>, long[]> byKey = new LinkedHashMap<>();
    for (LedgerStateAndRef<?> state : states) {
      if (state.getContractState() instanceof AssetTokenState token) {
        long[] sums =
            byKey.computeIfAbsent(
                List.of(token.getInstrumentId(), token.getHolder().toString()), k -> new long[2]);
        sums[0] = Math.addExact(sums[0], token.getQuantity());
        if (token.isFrozen()) {
          sums[1] = Math.addExact(sums[1], token.getQuantity());
        }
      }
    }
    return byKey.entrySet().stream()
        .map(
            e ->
                new Holding(
                    e.getKey().get(0),
                    PartyName.of(e.getKey().get(1)),
                    e.getValue()[0],
                    e.getValue()[1]))
        .toList();
  }
}
