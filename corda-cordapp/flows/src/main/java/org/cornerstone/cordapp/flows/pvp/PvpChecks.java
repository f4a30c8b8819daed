package org.cornerstone.cordapp.flows.pvp;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.List;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.cash.CashTokenContract;

/**
 * What every party of a PvP (the counterparty and both banks) checks before signing or storing it:
 * the transaction carries exactly the agreed PvP command and no other cash command. The cash
 * contract then holds the states to those terms (both legs, exact amounts, the right parties, the
 * rate), so nobody pays more or receives less than agreed.
 */
public final class PvpChecks {

  public static final String NOT_THE_AGREED_PVP =
      "The transaction does not carry exactly the agreed PvP command.";

  private PvpChecks() {}

  public static void validate(UtxoLedgerTransaction tx, PvpTerms terms) {
    List<CashTokenContract.Commands> commands = tx.getCommands(CashTokenContract.Commands.class);
    check(commands.size() == 1 && commands.get(0).equals(terms.command()), NOT_THE_AGREED_PVP);
    CashTokenContract.Commands.PvP pvp = (CashTokenContract.Commands.PvP) commands.get(0);
    CashTokenContract.verifyPvp(
        pvp,
        tx.getInputStates(org.cornerstone.cordapp.cash.CashTokenState.class),
        tx.getOutputStates(org.cornerstone.cordapp.cash.CashTokenState.class));
  }
}
