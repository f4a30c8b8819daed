package org.cornerstone.cordapp.flows.freeze;

import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatingFlow;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowMessaging;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.ledger.common.NotaryLookup;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.token.selection.TokenSelection;

/** The registrar freezes a holder's holdings of one instrument; see {@link FreezeOperation}. */
@InitiatingFlow(protocol = "cornerstone-freeze-holding")
public class FreezeHoldingFlow implements ClientStartableFlow {

  @CordaInject private JsonMarshallingService json;
  @CordaInject private MemberLookup members;
  @CordaInject private FlowMessaging messaging;
  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private NotaryLookup notaries;
  @CordaInject private TokenSelection selection;
  @CordaInject private DigestService digests;

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    return FreezeOperation.run(
        body, true, json, members, messaging, ledger, notaries, selection, digests);
  }
}
