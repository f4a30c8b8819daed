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
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.RegistrarRules;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.rules.TransferRuleSetContract;
import org.cornerstone.cordapp.rules.TransferRuleSetState;

/**
 * The registrar publishes an instrument's transfer rules on its own node (ADR 0008): the next
 * version of its {@link TransferRuleSetState}, replacing the current one (command {@code Publish},
 * signed by the registrar alone, no counterparties). Its transfer and DvP responders check them
 * before they sign. Publishing the rules already in force records nothing (a retry is harmless).
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
    Instant now = Instant.now();
    Optional<StateAndRef<TransferRuleSetState>> current =
        RegistrarRules.currentRef(ledger, instrumentId, now);
    int version = current.map(c -> c.getState().getContractState().getVersion() + 1).orElse(1);
    TransferRuleSetState next =
        new TransferRuleSetState(
            instrumentId,
            version,
            me.getName(),
            me.getLedgerKeys().get(0),
            request.isTradingHalted(),
            instant(request.getLockedUntil()),
            request.getAllowedCountries(),
            request.getDeniedCountries(),
            request.getMaxHolders(),
            request.getMinHolding(),
            request.getMaxHolding(),
            request.getHoldingPeriodSeconds());
    if (current.isPresent() && sameRules(current.get().getState().getContractState(), next)) {
      return json.format(new PublishTransferRulesResponse(null, instrumentId, version - 1));
    }
    UtxoTransactionBuilder builder =
        ledger
            .createTransactionBuilder()
            .setNotary(notary)
            .addOutputState(next)
            .addCommand(new TransferRuleSetContract.Commands.Publish())
            .addSignatories(me.getLedgerKeys().get(0));
    if (current.isPresent()) {
      builder = builder.addInputState(current.get().getRef());
    }
    String transactionId = finalizeTransaction(builder.toSignedTransaction(), List.of());
    return json.format(new PublishTransferRulesResponse(transactionId, instrumentId, version));
  }

  static boolean sameRules(TransferRuleSetState a, TransferRuleSetState b) {
    return a.isTradingHalted() == b.isTradingHalted()
        && java.util.Objects.equals(a.getLockedUntil(), b.getLockedUntil())
        && a.getAllowedCountries().equals(b.getAllowedCountries())
        && a.getDeniedCountries().equals(b.getDeniedCountries())
        && a.getMaxHolders() == b.getMaxHolders()
        && a.getMinHolding() == b.getMinHolding()
        && a.getMaxHolding() == b.getMaxHolding()
        && a.getHoldingPeriodSeconds() == b.getHoldingPeriodSeconds();
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
