package org.cornerstone.cordapp.flows.transfer;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Holder, receiver and issuer of a forced transfer store it after checking it matches the announced
 * move and reason, and that the initiator is the instrument's registrar.
 */
@InitiatedBy(protocol = "cornerstone-forced-transfer")
public class ForcedTransferResponderFlow implements ResponderFlow {

  public static final String INITIATOR_NOT_REGISTRAR =
      "Only the registrar of the instrument may force a transfer.";
  public static final String REASON_MISSING = "A forced transfer must state its reason.";

  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private MemberLookup members;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    TransferTerms terms = session.receive(TransferTerms.class);
    check(terms.getReason() != null && !terms.getReason().isBlank(), REASON_MISSING);
    MemberX500Name me = members.myInfo().getName();
    MemberX500Name initiator = session.getCounterparty();
    ledger.receiveFinality(
        session,
        new UtxoTransactionValidator() {
          @Suspendable
          @Override
          public void checkTransaction(UtxoLedgerTransaction tx) {
            for (AssetTokenState input : tx.getInputStates(AssetTokenState.class)) {
              check(input.getRegistrar().equals(initiator), INITIATOR_NOT_REGISTRAR);
            }
            TransferChecks.validate(tx, terms, me, members);
          }
        });
  }
}
