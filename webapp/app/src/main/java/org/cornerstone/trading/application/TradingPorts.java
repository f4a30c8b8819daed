package org.cornerstone.trading.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cornerstone.shared.Actor;

/**
 * What trading needs from around it, kept small so that the market can run on a bare database in
 * tests (two "app instances" in one JVM) as well as in the server.
 */
public final class TradingPorts {
  private TradingPorts() {}

  /** Transaction boundaries. */
  public interface Transactions {
    /** Runs {@code work} in a new transaction, committed when it returns normally. */
    <T> T inNew(Supplier<T> work);

    /**
     * Calls {@code then} with {@code true} after the current transaction committed, {@code false}
     * after it rolled back.
     */
    void afterCompletion(Consumer<Boolean> then);
  }

  /** Runs work on another thread (settlement, listeners). */
  public interface Background {
    void execute(Runnable work);
  }

  /**
   * A tokenized instrument that can trade.
   *
   * @param issuerParty the issuer's ledger identity (X.500)
   * @param rules the transfer rules in words, one line each
   * @param pauseReason why the instrument is paused (issuer agent or transfer rules), null if not
   */
  public record Tradable(
      String instrumentId,
      String assetTitle,
      String currency,
      String issuerParty,
      boolean paused,
      List<RuleLine> rules,
      String pauseReason) {

    public Tradable(
        String instrumentId,
        String assetTitle,
        String currency,
        String issuerParty,
        boolean paused,
        List<RuleLine> rules) {
      this(instrumentId, assetTitle, currency, issuerParty, paused, rules, null);
    }
  }

  /** The instruments that can trade, with their facts from the registry. */
  public interface Catalog {
    List<Tradable> tradables();

    Optional<Tradable> tradable(String instrumentId);

    /** The last primary offering's price per token in minor units, 0 if none (first reference). */
    long offeringPriceMinor(String instrumentId);
  }

  /** The registrar's transfer rules, between two ledger identities. */
  public interface TransferRules {
    /** Every refusal as {@code CODE: message}; empty when the transfer is allowed. */
    List<String> refusals(String instrumentId, String fromParty, String toParty, long quantity);

    /** The same with the messages in {@code language} (zh or English); the codes are the same. */
    default List<String> refusals(
        String instrumentId,
        String fromParty,
        String toParty,
        long quantity,
        java.util.Locale language) {
      return refusals(instrumentId, fromParty, toParty, quantity);
    }
  }

  /** Ledger identities. */
  public interface Parties {
    Optional<String> partyOf(Actor actor);

    /** The settlement bank's ledger identity. */
    String settlementBank();
  }
}
