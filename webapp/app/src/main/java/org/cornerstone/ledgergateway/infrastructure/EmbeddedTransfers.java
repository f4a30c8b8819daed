package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cornerstone.cordapp.plan.ForcedTransferPlan;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.cordapp.plan.TransferPlan;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledgergateway.ForcedTransfer;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.cornerstone.ledgergateway.Transfers;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Consenting;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Holdings;

/**
 * {@link Transfers} on the embedded ledger: claims the sender's holdings with the ledger's token
 * claims and builds the transaction from the CorDapp's {@link TransferPlan} or {@link
 * ForcedTransferPlan}, the same plans the flows use.
 */
@ApplicationScoped
@Typed(EmbeddedTransfers.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedTransfers implements Transfers {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedTransfers() {}

  EmbeddedTransfers(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt transfer(TokenTransfer transfer) {
    return access.spendingHoldings(
        "transfer",
        transfer.requestKey(),
        transfer.instrumentId(),
        transfer.issuer(),
        transfer.from(),
        Holdings.UNFROZEN,
        transfer.quantity(),
        holdings ->
            access.draft(
                RequestKeyPlan.recorded(
                    TransferPlan.plan(
                        new TransferPlan.Request(
                            transfer.instrumentId(),
                            access.planParty(transfer.to()),
                            transfer.quantity()),
                        holdings),
                    transfer.requestKey().value(),
                    access.planParty(transfer.from())),
                transfer.requestKey(),
                Consent.Kind.RULES,
                Consenting.of(transfer.from(), Consent.Kind.INSTRUCTION)));
  }

  @Override
  public LedgerReceipt forceTransfer(ForcedTransfer transfer) {
    return access.spendingHoldings(
        "forced transfer",
        transfer.requestKey(),
        transfer.instrumentId(),
        transfer.issuer(),
        transfer.from(),
        Holdings.ANY,
        transfer.quantity(),
        holdings ->
            access.draft(
                RequestKeyPlan.recorded(
                    ForcedTransferPlan.plan(
                        new ForcedTransferPlan.Request(
                            transfer.instrumentId(),
                            access.planParty(transfer.to()),
                            transfer.quantity(),
                            transfer.reason(),
                            transfer.carryFreeze()),
                        holdings),
                    transfer.requestKey().value(),
                    access.planParty(transfer.registrar())),
                transfer.requestKey(),
                null,
                Consenting.of(transfer.registrar(), Consent.Kind.DECISION)));
  }
}
