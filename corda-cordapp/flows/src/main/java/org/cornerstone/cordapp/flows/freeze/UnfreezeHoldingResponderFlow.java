package org.cornerstone.cordapp.flows.freeze;

import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;

/** Holder and issuer store an unfreeze; see {@link FreezeResponder}. */
@InitiatedBy(protocol = "cornerstone-unfreeze-holding")
public class UnfreezeHoldingResponderFlow extends FreezeResponder implements ResponderFlow {

  public static final String WRONG_DIRECTION = FreezeResponder.WRONG_DIRECTION;

  public UnfreezeHoldingResponderFlow() {
    super(false);
  }
}
