package org.cornerstone.cordapp.flows.freeze;

import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.InitiatingFlow;

/** The registrar unfreezes a holder's holdings of one instrument; see {@link FreezeOperation}. */
@InitiatingFlow(protocol = "cornerstone-unfreeze-holding")
public class UnfreezeHoldingFlow extends FreezeOperation implements ClientStartableFlow {

  public UnfreezeHoldingFlow() {
    super(false);
  }
}
