package org.cornerstone.cordapp.flows.freeze;

import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.InitiatingFlow;

/** The registrar freezes a holder's holdings of one instrument; see {@link FreezeOperation}. */
@InitiatingFlow(protocol = "cornerstone-freeze-holding")
public class FreezeHoldingFlow extends FreezeOperation implements ClientStartableFlow {

  public FreezeHoldingFlow() {
    super(true);
  }
}
