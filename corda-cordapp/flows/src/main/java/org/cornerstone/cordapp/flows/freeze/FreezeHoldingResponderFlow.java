package org.cornerstone.cordapp.flows.freeze;

import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;

/** Holder and issuer store a freeze; see {@link FreezeResponder}. */
@InitiatedBy(protocol = "cornerstone-freeze-holding")
public class FreezeHoldingResponderFlow extends FreezeResponder implements ResponderFlow {

  public static final String WRONG_DIRECTION = FreezeResponder.WRONG_DIRECTION;

  public FreezeHoldingResponderFlow() {
    super(true);
  }
}
