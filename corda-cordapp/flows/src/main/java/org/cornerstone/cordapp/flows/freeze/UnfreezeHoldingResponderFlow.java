package org.cornerstone.cordapp.flows.freeze;

import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.UtxoLedgerService;

/** Holder and issuer store a unfreeze after {@link FreezeChecks} accepts it. */
@InitiatedBy(protocol = "cornerstone-unfreeze-holding")
public class UnfreezeHoldingResponderFlow implements ResponderFlow {

  public static final String WRONG_DIRECTION = "The registrar announced the opposite operation.";

  @CordaInject private UtxoLedgerService ledger;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    FreezeTerms terms = session.receive(FreezeTerms.class);
    if (terms.isFrozen() != false) {
      throw new IllegalArgumentException(WRONG_DIRECTION);
    }
    MemberX500Name initiator = session.getCounterparty();
    ledger.receiveFinality(session, tx -> FreezeChecks.validate(tx, terms, initiator));
  }
}
