package org.cornerstone.cordapp.flows.truesale;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.List;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.flows.common.Holdings;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.transfer.TransferTerms;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/** What a counterparty of a pool's true sale checks before it signs or stores the transaction. */
public final class PoolSaleChecks {

  public static final String WRONG_COMMAND = "The sale does not carry a Move command.";
  public static final String NOT_THE_ANNOUNCED_HOLDINGS =
      "The sale spends holdings other than the seller's holdings of the announced instruments.";
  public static final String OUTPUT_TO_STRANGER =
      "The sale gives tokens to someone other than the seller and the SPV.";
  public static final String QUANTITY_DIFFERS =
      "The SPV does not get exactly the announced quantity of ";
  public static final String BUYER_NOT_ACTIVE = "The SPV is not an active member of the network.";

  private PoolSaleChecks() {}

  @Suspendable
  public static void validate(
      UtxoLedgerTransaction tx, PoolSaleTerms terms, MemberX500Name me, MemberLookup members) {
    check(!tx.getCommands(AssetTokenContract.Commands.Move.class).isEmpty(), WRONG_COMMAND);
    List<AssetTokenState> inputs = tx.getInputStates(AssetTokenState.class);
    List<AssetTokenState> outputs = tx.getOutputStates(AssetTokenState.class);
    check(!inputs.isEmpty(), NOT_THE_ANNOUNCED_HOLDINGS);
    for (AssetTokenState input : inputs) {
      boolean announced = false;
      for (TransferTerms leg : terms.getLegs()) {
        announced |=
            input.getInstrumentId().equals(leg.getInstrumentId())
                && input.getIssuer().equals(leg.getIssuer());
      }
      check(announced && input.getHolder().equals(terms.getSeller()), NOT_THE_ANNOUNCED_HOLDINGS);
    }
    for (AssetTokenState output : outputs) {
      check(
          output.getHolder().equals(terms.getBuyer())
              || output.getHolder().equals(terms.getSeller()),
          OUTPUT_TO_STRANGER);
    }
    for (TransferTerms leg : terms.getLegs()) {
      long received = Holdings.quantity(outputs, leg.getInstrumentId(), terms.getBuyer());
      check(received == leg.getQuantity(), QUANTITY_DIFFERS + leg.getInstrumentId());
    }
    if (me.equals(inputs.get(0).getRegistrar())) {
      check(Parties.isActiveMember(members, terms.getBuyer()), BUYER_NOT_ACTIVE);
    }
  }
}
