package org.cornerstone.cordapp.cash;

import static org.cornerstone.cordapp.common.Rules.isBlank;
import static org.cornerstone.cordapp.common.Rules.isIsoCurrency;
import static org.cornerstone.cordapp.common.Rules.require;
import static org.cornerstone.cordapp.common.Rules.requireSigned;
import static org.cornerstone.cordapp.common.Rules.singleCommand;
import static org.cornerstone.cordapp.common.Rules.sumByType;

import java.security.PublicKey;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.common.SimpleCommand;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Rules for {@link CashTokenState}. A token type is one cash instrument (instrument id, currency
 * and settlement bank); its supply changes only by {@code Issue} (the bank takes a deposit) and
 * {@code Redeem} (the bank pays out), every other command conserves it.
 *
 * <p><b>DvP.</b> Under {@link Commands.DvP} this contract checks the cash leg: balanced, signed by
 * the paying holders, and paid to a seller whose asset tokens move under {@link
 * AssetTokenContract.Commands.DvP} in the same transaction. The asset leg is checked by {@link
 * AssetTokenContract}; since Corda accepts a transaction only when every contract accepts it and
 * notarises it as one unit, delivery and payment happen together or not at all.
 */
public final class CashTokenContract implements Contract {

  public static final String ONE_COMMAND =
      "A cash transaction must carry exactly one CashTokenContract command.";
  public static final String ISSUE_NO_INPUTS = "Issue must not consume existing cash.";
  public static final String NON_POSITIVE_AMOUNT =
      "Every cash holding must have a positive amount.";
  public static final String INVALID_CURRENCY = "The currency must be an ISO 4217 code.";
  public static final String INSTRUMENT_ID_REQUIRED =
      "Every cash holding needs a non-blank instrument id.";
  public static final String ISSUER_MUST_SIGN = "The settlement bank must sign.";
  public static final String HOLDER_MUST_SIGN = "Every holder of consumed cash must sign.";
  public static final String UNBALANCED =
      "Inputs and outputs of each currency and bank must sum to the same amount.";
  public static final String AMOUNT_OVERFLOW = "The amounts overflow a long.";
  public static final String REDEEM_MUST_REDUCE_SUPPLY =
      "Redeem must reduce the supply of every currency it touches.";
  public static final String REDEEM_CHANGE_TO_STRANGER =
      "Redeem may return change only to a redeeming holder.";
  public static final String DVP_ASSET_LEG_MISSING =
      "A DvP needs an asset leg: asset token inputs under AssetTokenContract's DvP command.";
  public static final String DVP_CASH_NOT_PAID =
      "In a DvP the cash must go to a seller who delivers the asset tokens.";
  public static final String PVP_TERMS_INVALID =
      "A PvP's terms must name two different parties paying each other positive amounts.";
  public static final String PVP_SAME_CURRENCY =
      "A PvP's two legs must be in different currencies.";
  public static final String PVP_BASE_CURRENCY =
      "A PvP's base currency must be the currency of one of its legs.";
  public static final String PVP_RATE_MISMATCH =
      "A PvP's amounts must match the agreed rate: quote = base × rate, rounded half-even to the"
          + " quote currency's minor unit.";
  public static final String PVP_FOREIGN_CASH =
      "A PvP may move only the cash of its two legs' instruments and banks.";
  public static final String PVP_LEG_MISSING =
      "A PvP needs both legs: each party's cash in, paid to the other party.";
  public static final String PVP_WRONG_PAYER =
      "A PvP leg may spend only the cash of the party that pays it.";
  public static final String PVP_WRONG_PAYEE =
      "A PvP leg may pay only the other party (and change back to its payer).";
  public static final String PVP_AMOUNT_DIFFERS =
      "A PvP leg must pay the other party exactly the agreed amount.";

  /** The commands of this contract; a transaction carries exactly one of them. */
  public interface Commands extends Command {

    /** Creates cash against a deposit at the settlement bank. Signed by the bank. */
    final class Issue extends SimpleCommand implements Commands {}

    /** Pays cash. Signed by every paying holder. */
    final class Move extends SimpleCommand implements Commands {}

    /** Removes cash (payout by the bank). Signed by the bank and every redeeming holder. */
    final class Redeem extends SimpleCommand implements Commands {}

    /** The cash leg of a delivery-versus-payment; see the class comment. */
    final class DvP extends SimpleCommand implements Commands {}

    /**
     * Payment versus payment: two parties pay each other in two currencies (each leg cash of one
     * bank) in this one transaction, at the agreed rate. The command carries the agreed terms, so
     * the contract checks the transaction against them: both legs present, each spending only its
     * payer's cash and paying exactly its amount to the other party, and the amounts matching the
     * rate ({@link FxConversion}). Signed by both payers (every holder of consumed cash).
     */
    final class PvP implements Commands {
      private final PvpLeg legA;
      private final PvpLeg legB;
      private final String baseCurrency;
      private final String rate;

      /**
       * @param legA what party A pays party B
       * @param legB what party B pays party A
       * @param baseCurrency the currency the rate is quoted for (one unit of it)
       * @param rate units of the other leg's currency per one unit of {@code baseCurrency}, as
       *     decimal text (e.g. {@code "7.1234"})
       */
      public PvP(PvpLeg legA, PvpLeg legB, String baseCurrency, String rate) {
        this.legA = legA;
        this.legB = legB;
        this.baseCurrency = baseCurrency;
        this.rate = rate;
      }

      public PvpLeg getLegA() {
        return legA;
      }

      public PvpLeg getLegB() {
        return legB;
      }

      public String getBaseCurrency() {
        return baseCurrency;
      }

      public String getRate() {
        return rate;
      }

      @Override
      public boolean equals(Object other) {
        return other instanceof PvP that
            && java.util.Objects.equals(legA, that.legA)
            && java.util.Objects.equals(legB, that.legB)
            && java.util.Objects.equals(baseCurrency, that.baseCurrency)
            && java.util.Objects.equals(rate, that.rate);
      }

      @Override
      public int hashCode() {
        return java.util.Objects.hash(legA, legB, baseCurrency, rate);
      }

      @Override
      public String toString() {
        return "PvP{" + legA + ", " + legB + ", rate=" + rate + " per " + baseCurrency + "}";
      }
    }
  }

  @Override
  public void verify(UtxoLedgerTransaction transaction) {
    Commands command = singleCommand(transaction, Commands.class, ONE_COMMAND);
    List<CashTokenState> inputs = transaction.getInputStates(CashTokenState.class);
    List<CashTokenState> outputs = transaction.getOutputStates(CashTokenState.class);
    if (command instanceof Commands.Issue) {
      verifyIssue(transaction, inputs, outputs);
    } else if (command instanceof Commands.Move) {
      verifyMove(transaction, inputs, outputs);
    } else if (command instanceof Commands.DvP) {
      verifyMove(transaction, inputs, outputs);
      verifyDvp(transaction, inputs, outputs);
    } else if (command instanceof Commands.PvP pvp) {
      verifyMove(transaction, inputs, outputs);
      verifyPvp(pvp, inputs, outputs);
    } else if (command instanceof Commands.Redeem) {
      verifyRedeem(transaction, inputs, outputs);
    } else {
      throw new IllegalArgumentException(ONE_COMMAND);
    }
  }

  private static void verifyIssue(
      UtxoLedgerTransaction transaction,
      List<CashTokenState> inputs,
      List<CashTokenState> outputs) {
    require(inputs.isEmpty(), ISSUE_NO_INPUTS);
    requireWellFormedOutputs(outputs);
    requireSigned(transaction, keys(outputs, CashTokenState::getIssuerKey), ISSUER_MUST_SIGN);
  }

  private static void verifyMove(
      UtxoLedgerTransaction transaction,
      List<CashTokenState> inputs,
      List<CashTokenState> outputs) {
    requireWellFormedOutputs(outputs);
    require(sums(inputs).equals(sums(outputs)), UNBALANCED);
    requireSigned(transaction, keys(inputs, CashTokenState::getHolderKey), HOLDER_MUST_SIGN);
  }

  /** The cash leg pays someone who delivers asset tokens in this transaction. */
  private static void verifyDvp(
      UtxoLedgerTransaction transaction,
      List<CashTokenState> inputs,
      List<CashTokenState> outputs) {
    List<AssetTokenState> assetInputs = transaction.getInputStates(AssetTokenState.class);
    require(
        !assetInputs.isEmpty()
            && !transaction.getCommands(AssetTokenContract.Commands.DvP.class).isEmpty(),
        DVP_ASSET_LEG_MISSING);
    Set<PublicKey> sellers = new HashSet<>();
    assetInputs.forEach(token -> sellers.add(token.getHolderKey()));
    sellers.removeAll(keys(inputs, CashTokenState::getHolderKey));
    require(
        outputs.stream().anyMatch(cash -> sellers.contains(cash.getHolderKey())),
        DVP_CASH_NOT_PAID);
  }

  /**
   * The agreed terms are consistent (two parties, two currencies, amounts at the rate) and the
   * transaction does exactly what they say: every cash state belongs to one of the two legs; each
   * leg spends only its payer's cash, pays its payee exactly its amount and returns the rest to its
   * payer. Balance and signatures are {@link #verifyMove}'s.
   */
  public static void verifyPvp(
      Commands.PvP pvp, List<CashTokenState> inputs, List<CashTokenState> outputs) {
    PvpLeg a = pvp.getLegA();
    PvpLeg b = pvp.getLegB();
    require(
        a != null
            && b != null
            && a.getAmount() > 0
            && b.getAmount() > 0
            && a.getPayer().equals(b.getPayee())
            && a.getPayerKey().equals(b.getPayeeKey())
            && b.getPayer().equals(a.getPayee())
            && b.getPayerKey().equals(a.getPayeeKey())
            && !a.getPayerKey().equals(b.getPayerKey())
            && !a.getPayer().equals(b.getPayer()),
        PVP_TERMS_INVALID);
    require(!a.getCurrency().equals(b.getCurrency()), PVP_SAME_CURRENCY);
    String base = pvp.getBaseCurrency();
    require(a.getCurrency().equals(base) || b.getCurrency().equals(base), PVP_BASE_CURRENCY);
    PvpLeg baseLeg = a.getCurrency().equals(base) ? a : b;
    PvpLeg quoteLeg = baseLeg == a ? b : a;
    long expected;
    try {
      expected =
          FxConversion.convert(
              baseLeg.getAmount(),
              baseLeg.getCurrency(),
              quoteLeg.getCurrency(),
              FxConversion.rate(pvp.getRate()));
    } catch (IllegalArgumentException invalid) {
      throw new IllegalArgumentException(PVP_RATE_MISMATCH, invalid);
    }
    require(expected == quoteLeg.getAmount(), PVP_RATE_MISMATCH);
    require(
        inputs.stream().allMatch(c -> a.isOfThisLeg(c) || b.isOfThisLeg(c))
            && outputs.stream().allMatch(c -> a.isOfThisLeg(c) || b.isOfThisLeg(c)),
        PVP_FOREIGN_CASH);
    verifyPvpLeg(a, inputs, outputs);
    verifyPvpLeg(b, inputs, outputs);
  }

  private static void verifyPvpLeg(
      PvpLeg leg, List<CashTokenState> inputs, List<CashTokenState> outputs) {
    List<CashTokenState> spent = inputs.stream().filter(leg::isOfThisLeg).toList();
    require(!spent.isEmpty(), PVP_LEG_MISSING);
    require(
        spent.stream().allMatch(c -> c.getHolderKey().equals(leg.getPayerKey())), PVP_WRONG_PAYER);
    long paid = 0;
    for (CashTokenState out : outputs) {
      if (!leg.isOfThisLeg(out)) {
        continue;
      }
      boolean toPayee =
          out.getHolderKey().equals(leg.getPayeeKey()) && out.getHolder().equals(leg.getPayee());
      boolean change =
          out.getHolderKey().equals(leg.getPayerKey()) && out.getHolder().equals(leg.getPayer());
      require(toPayee || change, PVP_WRONG_PAYEE);
      if (toPayee) {
        paid = Math.addExact(paid, out.getAmount());
      }
    }
    require(paid > 0, PVP_LEG_MISSING);
    require(paid == leg.getAmount(), PVP_AMOUNT_DIFFERS);
  }

  private static void verifyRedeem(
      UtxoLedgerTransaction transaction,
      List<CashTokenState> inputs,
      List<CashTokenState> outputs) {
    requireWellFormedOutputs(outputs);
    Set<PublicKey> holders = keys(inputs, CashTokenState::getHolderKey);
    require(
        outputs.stream().allMatch(change -> holders.contains(change.getHolderKey())),
        REDEEM_CHANGE_TO_STRANGER);
    Map<Object, Long> before = sums(inputs);
    Map<Object, Long> after = sums(outputs);
    Set<Object> types = new HashSet<>(before.keySet());
    types.addAll(after.keySet());
    for (Object type : types) {
      require(
          after.getOrDefault(type, 0L) < before.getOrDefault(type, 0L), REDEEM_MUST_REDUCE_SUPPLY);
    }
    requireSigned(transaction, keys(inputs, CashTokenState::getIssuerKey), ISSUER_MUST_SIGN);
    requireSigned(transaction, holders, HOLDER_MUST_SIGN);
  }

  private static void requireWellFormedOutputs(List<CashTokenState> outputs) {
    require(
        outputs.stream().noneMatch(cash -> isBlank(cash.getInstrumentId())),
        INSTRUMENT_ID_REQUIRED);
    require(outputs.stream().allMatch(cash -> cash.getAmount() > 0), NON_POSITIVE_AMOUNT);
    require(outputs.stream().allMatch(cash -> isIsoCurrency(cash.getCurrency())), INVALID_CURRENCY);
  }

  /**
   * A cash token type is one instrument id and currency from one settlement bank (name and key).
   */
  private static Object tokenType(CashTokenState cash) {
    return List.of(
        cash.getInstrumentId(), cash.getCurrency(), cash.getIssuer(), cash.getIssuerKey());
  }

  private static Map<Object, Long> sums(List<CashTokenState> cash) {
    return sumByType(
        cash, CashTokenContract::tokenType, CashTokenState::getAmount, AMOUNT_OVERFLOW);
  }

  private static Set<PublicKey> keys(
      List<CashTokenState> cash, Function<CashTokenState, PublicKey> key) {
    Set<PublicKey> keys = new HashSet<>();
    cash.forEach(holding -> keys.add(key.apply(holding)));
    return keys;
  }
}
