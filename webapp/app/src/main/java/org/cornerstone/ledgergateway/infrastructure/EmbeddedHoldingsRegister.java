package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
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
    return cash(holder, EmbeddedLedgerAccess.all(page -> ledger.holdingsByHolder(key, page)));
  }

  /** One query for every holder's states ({@link EmbeddedLedger#holdingsByHolders}). */
  @Override
  public Map<PartyName, List<Holding>> holdingsOfHolders(Collection<PartyName> holders) {
    Map<PartyName, List<LedgerStateAndRef<?>>> states = statesOf(holders);
    Map<PartyName, List<Holding>> out = new LinkedHashMap<>();
    states.forEach((holder, held) -> out.put(holder, holdings(held)));
    return out;
  }

  /** One query for every holder's states ({@link EmbeddedLedger#holdingsByHolders}). */
  @Override
  public Map<PartyName, List<CashHolding>> cashOfAll(Collection<PartyName> holders) {
    Map<PartyName, List<LedgerStateAndRef<?>>> states = statesOf(holders);
    Map<PartyName, List<CashHolding>> out = new LinkedHashMap<>();
    states.forEach((holder, held) -> out.put(holder, cash(holder, held)));
    return out;
  }

  /** Each holder's unconsumed states, every holder a key, in the ledger's order. */
  private Map<PartyName, List<LedgerStateAndRef<?>>> statesOf(Collection<PartyName> holders) {
    EmbeddedLedger ledger = access.ledger();
    Map<PublicKey, PartyName> byKey = new LinkedHashMap<>();
    Map<PartyName, List<LedgerStateAndRef<?>>> out = new LinkedHashMap<>();
    for (PartyName holder : holders) {
      byKey.putIfAbsent(access.party(holder).publicKey(), holder);
      out.put(holder, new ArrayList<>());
    }
    List<PublicKey> keys = List.copyOf(byKey.keySet());
    for (LedgerStateAndRef<?> state :
        EmbeddedLedgerAccess.all(page -> ledger.holdingsByHolders(keys, page))) {
      PartyName holder = byKey.get(holderKey(state.getContractState()));
      if (holder != null) {
        out.get(holder).add(state);
      }
    }
    return out;
  }

  private static PublicKey holderKey(ContractState state) {
    if (state instanceof AssetTokenState token) {
      return token.getHolderKey();
    }
    return state instanceof CashTokenState cash ? cash.getHolderKey() : null;
  }

  /** The holder's cash states summed per currency and settlement bank. */
  private static List<CashHolding> cash(
      PartyName holder, Collection<? extends LedgerStateAndRef<?>> states) {
    Map<List<String>, Long> byKey = new LinkedHashMap<>();
    for (LedgerStateAndRef<?> state : states) {
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
