package org.cornerstone.ledgergateway;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register of holdings as the ledger keeps it: who holds how much of an instrument, what one
 * holder has, the cap table at a record date and a holder's history.
 */
public interface HoldingsRegister {
  /** Every holding of the instrument, one per holder. */
  List<Holding> holdingsOf(String instrumentId);

  /** Every instrument the holder has tokens of, one holding per instrument. */
  List<Holding> holdingsOfHolder(PartyName holder);

  /**
   * The cap table at {@code recordDate}: the holdings as they stood then, one per holder.
   *
   * @throws LedgerException when this ledger cannot answer for a past date
   */
  List<Holding> capTableAt(String instrumentId, Instant recordDate);

  /**
   * The transactions that changed the holder's holding of the instrument, newest first.
   *
   * @throws LedgerException when this ledger cannot answer with history
   */
  List<HoldingChange> historyOf(String instrumentId, PartyName holder);

  /** The holder's cash, one entry per currency and settlement bank. */
  List<CashHolding> cashOf(PartyName holder);

  /**
   * {@link #holdingsOfHolder} of each holder, every holder a key (an empty list if it holds
   * nothing). The embedded ledger answers in one query; by default one query per holder.
   */
  default Map<PartyName, List<Holding>> holdingsOfHolders(Collection<PartyName> holders) {
    Map<PartyName, List<Holding>> out = new LinkedHashMap<>();
    for (PartyName holder : holders) {
      out.computeIfAbsent(holder, this::holdingsOfHolder);
    }
    return out;
  }

  /**
   * {@link #cashOf} of each holder, every holder a key (an empty list if it has no cash). The
   * embedded ledger answers in one query; by default one query per holder.
   */
  default Map<PartyName, List<CashHolding>> cashOfAll(Collection<PartyName> holders) {
    Map<PartyName, List<CashHolding>> out = new LinkedHashMap<>();
    for (PartyName holder : holders) {
      out.computeIfAbsent(holder, this::cashOf);
    }
    return out;
  }
}
