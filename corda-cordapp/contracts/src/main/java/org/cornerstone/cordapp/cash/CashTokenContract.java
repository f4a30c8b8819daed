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
