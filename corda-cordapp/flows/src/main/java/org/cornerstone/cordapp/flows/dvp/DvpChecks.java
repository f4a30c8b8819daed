package org.cornerstone.cordapp.flows.dvp;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.List;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.common.Holdings;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * What every party of a DvP checks before signing or storing it: both legs are there and match the
 * trade exactly. The buyer in particular never gives away more cash than the agreed price, and the
 * seller never delivers more tokens than agreed.
 */
public final class DvpChecks {

  public static final String NOT_A_DVP = "The transaction does not carry both DvP commands.";
  public static final String NOT_THE_SELLERS_TOKENS =
      "The asset leg spends holdings other than the seller's holdings of the traded asset.";
  public static final String NOT_THE_BUYERS_CASH =
      "The cash leg spends cash other than the buyer's cash of the agreed instrument and bank.";
  public static final String QUANTITY_DIFFERS =
      "The buyer does not receive exactly the agreed quantity.";
  public static final String SELLER_GIVES_MORE =
      "The seller would give away more tokens than agreed.";
  public static final String BUYER_PAYS_MORE = "The buyer would give away more cash than agreed.";
  public static final String PRICE_DIFFERS =
      "The seller does not receive exactly the agreed price.";
  public static final String BUYER_NOT_ELIGIBLE =
      "The buyer is not an eligible investor (not an active member of the network).";

  private DvpChecks() {}

  public static void validate(
      UtxoLedgerTransaction tx, DvpTerms terms, MemberX500Name me, MemberLookup members) {
    check(
        !tx.getCommands(AssetTokenContract.Commands.DvP.class).isEmpty()
            && !tx.getCommands(CashTokenContract.Commands.DvP.class).isEmpty(),
        NOT_A_DVP);
    List<AssetTokenState> tokensIn = tx.getInputStates(AssetTokenState.class);
    List<AssetTokenState> tokensOut = tx.getOutputStates(AssetTokenState.class);
    List<CashTokenState> cashIn = tx.getInputStates(CashTokenState.class);
    List<CashTokenState> cashOut = tx.getOutputStates(CashTokenState.class);
    check(!tokensIn.isEmpty(), NOT_THE_SELLERS_TOKENS);
    for (AssetTokenState token : tokensIn) {
      check(
          token.getInstrumentId().equals(terms.getInstrumentId())
              && token.getIssuer().equals(terms.getIssuer())
              && token.getHolder().equals(terms.getSeller()),
          NOT_THE_SELLERS_TOKENS);
    }
    check(!cashIn.isEmpty(), NOT_THE_BUYERS_CASH);
    for (CashTokenState cash : cashIn) {
      check(
          cash.getInstrumentId().equals(terms.getCashInstrumentId())
              && cash.getCurrency().equals(terms.getCurrency())
              && cash.getIssuer().equals(terms.getSettlementBank())
              && cash.getHolder().equals(terms.getBuyer()),
          NOT_THE_BUYERS_CASH);
    }
    String instrumentId = terms.getInstrumentId();
    long delivered =
        Holdings.quantity(tokensIn, instrumentId, terms.getSeller())
            - Holdings.quantity(tokensOut, instrumentId, terms.getSeller());
    check(delivered <= terms.getQuantity(), SELLER_GIVES_MORE);
    check(
        Holdings.quantity(tokensOut, instrumentId, terms.getBuyer()) == terms.getQuantity(),
        QUANTITY_DIFFERS);
    String currency = terms.getCurrency();
    long paid =
        Holdings.amount(cashIn, currency, terms.getBuyer())
            - Holdings.amount(cashOut, currency, terms.getBuyer());
    check(paid <= terms.getPrice(), BUYER_PAYS_MORE);
    check(Holdings.amount(cashOut, currency, terms.getSeller()) == terms.getPrice(), PRICE_DIFFERS);
    if (me.equals(tokensIn.get(0).getRegistrar())) {
      check(Parties.isActiveMember(members, terms.getBuyer()), BUYER_NOT_ELIGIBLE);
    }
  }
}
