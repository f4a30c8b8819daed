package org.cornerstone.cordapp.flows.truesale;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.time.Instant;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.token.selection.TokenSelection;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.flows.common.RegistrarRules;
import org.cornerstone.cordapp.flows.transfer.TransferTerms;

/**
 * The SPV (signs: it consents to buy), the registrar (signs after checking every leg against the
 * instrument's transfer rules, {@link RegistrarRules}) and the issuers (store) of a pool's true
 * sale. Refuses a transaction that does not match the announced sale and terms from a node other
 * than the seller's.
 */
@InitiatedBy(protocol = "cornerstone-sell-pool")
public class SellPoolResponderFlow implements ResponderFlow {

  public static final String SELLER_NOT_INITIATOR = "Only the holder may sell its tokens.";

  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private MemberLookup members;
  @CordaInject private TokenSelection selection;
  @CordaInject private DigestService digests;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    PoolSaleTerms terms = session.receive(PoolSaleTerms.class);
    check(terms.getSeller().equals(session.getCounterparty()), SELLER_NOT_INITIATOR);
    MemberX500Name me = members.myInfo().getName();
    ledger.receiveFinality(
        session,
        new UtxoTransactionValidator() {
          @Suspendable
          @Override
          public void checkTransaction(UtxoLedgerTransaction tx) {
            PoolSaleChecks.validate(tx, terms, me, members);
            if (RegistrarRules.isRegistrar(tx, me)) {
              for (TransferTerms leg : terms.getLegs()) {
                RegistrarRules.check(
                    ledger,
                    selection,
                    digests,
                    tx,
                    leg.getInstrumentId(),
                    terms.getSeller(),
                    terms.getBuyer(),
                    leg.getQuantity(),
                    Instant.now());
              }
            }
          }
        });
  }
}
