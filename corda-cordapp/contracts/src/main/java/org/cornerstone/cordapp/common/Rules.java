package org.cornerstone.cordapp.common;

import java.security.PublicKey;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;

/**
 * Checks shared by the contracts. They use only the {@link UtxoLedgerTransaction} API, so they run
 * unchanged on a Corda 5 cluster and on Cornerstone's embedded ledger.
 *
 * <p>A failed check throws {@link IllegalArgumentException} whose message is the calling contract's
 * {@code public static final String} constant: Corda reports that message and the tests compare it.
 */
public final class Rules {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
  private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

  private Rules() {}

  /** Fails verification with {@code message} unless {@code condition} holds. */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The one command of the contract's own command family; zero or several fail with message. */
  public static <C extends Command> C singleCommand(
      UtxoLedgerTransaction transaction, Class<C> type, String message) {
    List<C> commands = transaction.getCommands(type);
    require(commands.size() == 1, message);
    return commands.get(0);
  }

  /** Every key in {@code keys} is among the transaction's signatories. */
  public static void requireSigned(
      UtxoLedgerTransaction transaction, Collection<PublicKey> keys, String message) {
    require(transaction.getSignatories().containsAll(keys), message);
  }

  /** True for null, empty or whitespace-only text. */
  public static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** True for 64 hex digits, the textual form of a SHA-256 digest. */
  public static boolean isSha256Hex(String text) {
    return text != null && SHA256_HEX.matcher(text).matches();
  }

  /** True for a three-letter code the JDK knows as an ISO 4217 currency. */
  public static boolean isIsoCurrency(String code) {
    if (code == null || !ISO_4217.matcher(code).matches()) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }

  /**
   * Sums the amounts of the given states per token type. Uses {@link Math#addExact} because a
   * wrapped-around sum would let a transaction print tokens; an overflow fails with message.
   */
  public static <S> Map<Object, Long> sumByType(
      Collection<S> states,
      Function<S, Object> typeOf,
      ToLongFunction<S> amountOf,
      String overflowMessage) {
    Map<Object, Long> sums = new HashMap<>();
    for (S state : states) {
      long amount = amountOf.applyAsLong(state);
      try {
        sums.merge(typeOf.apply(state), amount, Math::addExact);
      } catch (ArithmeticException overflow) {
        throw new IllegalArgumentException(overflowMessage, overflow);
      }
    }
    return sums;
  }
}
