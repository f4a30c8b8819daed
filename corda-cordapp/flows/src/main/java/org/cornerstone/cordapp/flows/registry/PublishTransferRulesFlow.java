package org.cornerstone.cordapp.flows.registry;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
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
import org.cornerstone.cordapp.plan.RuleSetPlan;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.cordapp.rules.TransferRuleSetState;

/**
 * The registrar publishes an instrument's transfer rules on its own node (ADR 0008): the next
 * version of its {@link TransferRuleSetState}, replacing the current one (command {@code Publish},
 * signed by the registrar alone, no counterparties), built from {@link RuleSetPlan} as the embedded
 * ledger builds it. With a {@code requestId} the transaction records it ({@code RequestKeyState}).
 * Its transfer and DvP responders check the rules before they sign. Publishing the rules already in
 * force records nothing and answers the transaction that recorded them ({@code published} false).
 */
@InitiatingFlow(protocol = "cornerstone-publish-transfer-rules")
public class PublishTransferRulesFlow extends InitiatorFlow implements ClientStartableFlow {

  public static final String BAD_LOCKED_UNTIL = "lockedUntil must be an ISO-8601 instant, not ";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    PublishTransferRulesRequest request =
        Requests.parse(body, json, PublishTransferRulesRequest.class);
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    MemberInfo me = members.myInfo();
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());
    Optional<StateAndRef<TransferRuleSetState>> current =
        RegistrarRules.currentRef(ledger, instrumentId, Instant.now());
    Optional<TransactionPlan<StateRef>> plan =
        RuleSetPlan.plan(
            new RuleSetPlan.Request(
                instrumentId,
                Parties.planParty(me),
                new RuleSetPlan.Rules(
                    request.isTradingHalted(),
                    instant(request.getLockedUntil()),
                    request.getAllowedCountries(),
                    request.getDeniedCountries(),
                    request.getMaxHolders(),
                    request.getMinHolding(),
                    request.getMaxHolding(),
                    request.getHoldingPeriodSeconds(),
                    request.getEligibleCategories())),
            current.map(c -> new PlanInput<>(c.getRef(), c.getState().getContractState())));
    if (plan.isEmpty()) {
      // the rules in force: answer the transaction that recorded them, record nothing
      StateAndRef<TransferRuleSetState> inForce = current.orElseThrow();
      return json.format(
          new PublishTransferRulesResponse(
              inForce.getRef().getTransactionId().toString(),
              instrumentId,
              inForce.getState().getContractState().getVersion(),
              false));
    }
    String requestId = request.getRequestId();
    UtxoTransactionBuilder builder =
        requestId == null || requestId.isBlank()
            ? planned(notary, plan.get())
            : planned(notary, plan.get(), requestId);
    String transactionId = finalizeTransaction(builder.toSignedTransaction(), List.of());
    int version = plan.get().outputs(TransferRuleSetState.class).get(0).getVersion();
    return json.format(
        new PublishTransferRulesResponse(transactionId, instrumentId, version, true));
  }

  private static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(BAD_LOCKED_UNTIL + text, e);
    }
  }
}
