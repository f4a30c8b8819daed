package org.cornerstone.cordapp.flows.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.InitiatingFlow;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.RegistrarRules;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.RegistrarRecordPlan;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.cordapp.rules.InstrumentPauseState;

/**
 * The registrar pauses or resumes an instrument on its own node (ADR 0008): an {@link
 * InstrumentPauseState} replacing the current one, signed by the registrar alone. While paused, its
 * transfer and DvP responders refuse to sign ({@code INSTRUMENT_PAUSED}). A pause of a paused
 * instrument (or a resume of one never paused) records nothing ({@code recorded} false). Result:
 * {@code transactionId}, {@code instrumentId}, {@code paused}, {@code recorded}.
 */
@InitiatingFlow(protocol = "cornerstone-set-instrument-pause")
public class SetInstrumentPauseFlow extends InitiatorFlow implements ClientStartableFlow {

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    SetInstrumentPauseRequest request = Requests.parse(body, json, SetInstrumentPauseRequest.class);
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    String reason = Requests.required(request.getReason(), "reason");
    MemberInfo me = members.myInfo();
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());
    Optional<StateAndRef<InstrumentPauseState>> current =
        RegistrarRules.pause(ledger, instrumentId, Instant.now());
    Optional<TransactionPlan<StateRef>> plan =
        RegistrarRecordPlan.pause(
            Parties.planParty(me),
            instrumentId,
            request.isPaused(),
            reason,
            current.map(c -> new PlanInput<>(c.getRef(), c.getState().getContractState())));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("instrumentId", instrumentId);
    result.put("paused", request.isPaused());
    if (plan.isEmpty()) {
      result.put(
          "transactionId", current.map(c -> c.getRef().getTransactionId().toString()).orElse(null));
      result.put("recorded", false);
      return json.format(result);
    }
    String requestId = request.getRequestId();
    UtxoTransactionBuilder builder =
        requestId == null || requestId.isBlank()
            ? planned(notary, plan.get())
            : planned(notary, plan.get(), requestId);
    result.put("transactionId", finalizeTransaction(builder.toSignedTransaction(), List.of()));
    result.put("recorded", true);
    return json.format(result);
  }
}
