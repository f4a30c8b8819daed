package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.cordapp.plan.TrueSalePlan;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.PoolSale;
import org.cornerstone.ledgergateway.PoolSales;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Consenting;

/**
 * {@link PoolSales} on the embedded ledger: claims the seller's holdings of every pool instrument
 * and builds the one transaction from the CorDapp's {@link TrueSalePlan}. The seller consents by
 * its instruction, the SPV by the deal's approval (the request key names the deal), the registrar
 * under its transfer rules (the {@code RegistrarPolicy} checks every leg before it signs).
 */
@ApplicationScoped
@Typed(EmbeddedPoolSales.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedPoolSales implements PoolSales {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedPoolSales() {}

  EmbeddedPoolSales(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt sell(PoolSale sale) {
    Map<String, PartyName> issuers = new LinkedHashMap<>();
    for (PoolSale.Leg leg : sale.legs()) {
      issuers.put(leg.instrumentId(), leg.issuer());
    }
    return access.spendingHoldingsOf(
        "true sale",
        sale.requestKey(),
        issuers,
        sale.seller(),
        sale.totalQuantity(),
        holdings ->
            access.draft(
                RequestKeyPlan.recorded(
                    TrueSalePlan.plan(
                        access.planParty(sale.buyer()),
                        sale.legs().stream()
                            .map(l -> new TrueSalePlan.Leg(l.instrumentId(), l.quantity()))
                            .toList(),
                        holdings),
                    sale.requestKey().value(),
                    access.planParty(sale.seller())),
                sale.requestKey(),
                Consent.Kind.RULES,
                Consenting.of(sale.seller(), Consent.Kind.INSTRUCTION),
                Consenting.of(sale.buyer(), Consent.Kind.APPROVAL)));
  }
}
