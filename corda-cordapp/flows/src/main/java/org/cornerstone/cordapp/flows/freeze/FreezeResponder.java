package org.cornerstone.cordapp.flows.freeze;

import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.UtxoLedgerService;

/**
 * The body of {@link FreezeHoldingResponderFlow} and {@link UnfreezeHoldingResponderFlow}: holder
 * and issuer store the operation after {@link FreezeChecks} accepts it.
 */
public abstract class FreezeResponder {

  static final String WRONG_DIRECTION = "The registrar announced the opposite operation.";

  private final boolean freeze;

  @CordaInject private UtxoLedgerService ledger;

  FreezeResponder(boolean freeze) {
    this.freeze = freeze;
  }

  @Suspendable
  public void call(FlowSession session) {
    FreezeTerms terms = session.receive(FreezeTerms.class);
    if (terms.isFrozen() != freeze) {
      throw new IllegalArgumentException(WRONG_DIRECTION);
    }
    MemberX500Name initiator = session.getCounterparty();
    ledger.receiveFinality(session, tx -> FreezeChecks.validate(tx, terms, initiator));
  }
}
