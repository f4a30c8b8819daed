package org.cornerstone.trading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cornerstone.cash.application.CashStepsService;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.cornerstone.ledgergateway.Transfers;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.trading.application.FeePayments;
import org.cornerstone.trading.application.TradingPorts;

/**
 * Fees paid on the selected ledger (embedded or Corda) as a transfer of the currency's cash token
 * ({@code CASH-CNY}, issued by the settlement bank) from the buyer to the trustee organisation,
 * which runs market operations.
 */
@ApplicationScoped
public class LedgerFeePayments implements FeePayments {
  public static final String NO_OPERATOR =
      "No trustee organisation with a ledger identity is registered to receive trading fees.";

  @Inject Transfers transfers;
  @Inject UserDirectory directory;
  @Inject TradingPorts.Parties parties;

  @Override
  public String operator() {
    return directory
        .trustee()
        .map(OrganisationView::x500Name)
        .filter(x -> x != null && !x.isBlank())
        .orElseThrow(() -> new IllegalStateException(NO_OPERATOR));
  }

  @Override
  public LedgerReceipt pay(
      String requestKey, String currency, String payer, String payee, long minor) {
    return transfers.transfer(
        new TokenTransfer(
            RequestKey.of(requestKey),
            CashStepsService.cashInstrument(currency),
            PartyName.of(parties.settlementBank()),
            PartyName.of(payer),
            PartyName.of(payee),
            minor));
  }
}
