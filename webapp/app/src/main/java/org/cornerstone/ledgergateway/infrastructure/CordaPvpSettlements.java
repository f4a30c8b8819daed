package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Map;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PvpSettlement;
import org.cornerstone.ledgergateway.PvpSettlements;

/**
 * {@link PvpSettlements} on a Corda 5 cluster: {@code SettlePvpFlow} on party A's node, whose body
 * mirrors the CorDapp's {@code PvpRequest}: {@code requestId, counterparty, payCashInstrumentId,
 * payCurrency, payBank, payAmount, receiveCashInstrumentId, receiveCurrency, receiveBank,
 * receiveAmount} (minor units), {@code baseCurrency, rate} (plain decimal text). Once per request
 * key ({@link CordaFlows#command}).
 */
@ApplicationScoped
@Typed(CordaPvpSettlements.class)
public class CordaPvpSettlements implements PvpSettlements {
  static final String PVP_FLOW = CordaFlows.FLOWS + "pvp.SettlePvpFlow";

  @Inject CordaFlows flows;

  public CordaPvpSettlements() {}

  CordaPvpSettlements(CordaFlows flows) {
    this.flows = flows;
  }

  @Override
  public LedgerReceipt settle(PvpSettlement settlement) {
    return flows.command(settlement.partyA(), settlement.requestKey(), PVP_FLOW, body(settlement));
  }

  static Map<String, Object> body(PvpSettlement settlement) {
    Map<String, Object> body = CordaFlows.body(settlement.requestKey());
    body.put("counterparty", settlement.partyB().x500());
    body.put("payCashInstrumentId", settlement.payA().cashInstrumentId());
    body.put("payCurrency", settlement.payA().amount().currencyCode());
    body.put("payBank", settlement.payA().settlementBank().x500());
    body.put("payAmount", settlement.payA().amount().minorUnits());
    body.put("receiveCashInstrumentId", settlement.payB().cashInstrumentId());
    body.put("receiveCurrency", settlement.payB().amount().currencyCode());
    body.put("receiveBank", settlement.payB().settlementBank().x500());
    body.put("receiveAmount", settlement.payB().amount().minorUnits());
    body.put("baseCurrency", settlement.baseCurrency());
    body.put("rate", settlement.rate().toPlainString());
    return body;
  }
}
