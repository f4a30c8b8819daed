package org.cornerstone.cordapp.rules;

import java.util.List;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.common.SimpleCommand;

/**
 * Rules for {@link TransferRuleSetState}: the registrar publishes version 1 of an instrument's rule
 * set, and replaces version n by version n + 1 of the same instrument; it alone signs.
 */
public final class TransferRuleSetContract implements Contract {

  public static final String ONE_OUTPUT = "Publishing rules creates exactly one rule set.";
  public static final String AT_MOST_ONE_INPUT = "Publishing rules replaces at most one rule set.";
  public static final String FIRST_VERSION = "An instrument's first rule set is version 1.";
  public static final String NEXT_VERSION =
      "A new rule set is the next version of the same instrument's rule set, by the same registrar.";
  public static final String REGISTRAR_MUST_SIGN = "The registrar must sign its rule set.";
  public static final String NEGATIVE_LIMIT = "Rule-set limits cannot be negative.";

  /** The commands of this contract. */
  public interface Commands extends Command {
    /** Publishes a rule set (first or next version). Signed by the registrar. */
    final class Publish extends SimpleCommand implements Commands {}
  }

  @Override
  public void verify(UtxoLedgerTransaction tx) {
    check(!tx.getCommands(Commands.Publish.class).isEmpty(), ONE_OUTPUT);
    List<TransferRuleSetState> outputs = tx.getOutputStates(TransferRuleSetState.class);
    List<TransferRuleSetState> inputs = tx.getInputStates(TransferRuleSetState.class);
    check(outputs.size() == 1, ONE_OUTPUT);
    check(inputs.size() <= 1, AT_MOST_ONE_INPUT);
    TransferRuleSetState next = outputs.get(0);
    if (inputs.isEmpty()) {
      check(next.getVersion() == 1, FIRST_VERSION);
    } else {
      TransferRuleSetState previous = inputs.get(0);
      check(
          previous.getInstrumentId().equals(next.getInstrumentId())
              && previous.getRegistrar().equals(next.getRegistrar())
              && next.getVersion() == previous.getVersion() + 1,
          NEXT_VERSION);
    }
    check(
        next.getMaxHolders() >= 0
            && next.getMinHolding() >= 0
            && next.getMaxHolding() >= 0
            && next.getHoldingPeriodSeconds() >= 0,
        NEGATIVE_LIMIT);
    check(tx.getSignatories().contains(next.getRegistrarKey()), REGISTRAR_MUST_SIGN);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
