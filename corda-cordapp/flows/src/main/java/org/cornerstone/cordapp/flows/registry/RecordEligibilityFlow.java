package org.cornerstone.cordapp.flows.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.cornerstone.cordapp.rules.InvestorEligibilityState;

/**
 * The registrar records (or revokes) an investor's eligibility on its own node (ADR 0008): an
 * {@link InvestorEligibilityState} replacing the current one, signed by the registrar alone, built
 * from {@link RegistrarRecordPlan}. Its transfer and DvP responders read it before they sign.
 * Recording what is already recorded records nothing ({@code recorded} false). Result: {@code
 * transactionId} (null when nothing was ever recorded), {@code investor}, {@code eligible}, {@code
 * recorded}.
 */
@InitiatingFlow(protocol = "cornerstone-record-eligibility")
public class RecordEligibilityFlow extends InitiatorFlow implements ClientStartableFlow {

  public static final String BAD_KYC_DATE = "kycExpiresOn must be an ISO-8601 date, not ";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    RecordEligibilityRequest request = Requests.parse(body, json, RecordEligibilityRequest.class);
    MemberX500Name investor =
        MemberX500Name.parse(Requests.required(request.getInvestor(), "investor"));
    MemberInfo me = members.myInfo();
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());
    Optional<StateAndRef<InvestorEligibilityState>> current =
        RegistrarRules.eligibility(ledger, investor, me.getName(), Instant.now());
    Optional<RegistrarRecordPlan.Eligibility> record =
        request.isEligible()
            ? Optional.of(
                new RegistrarRecordPlan.Eligibility(
                    investor,
                    Requests.required(request.getCategory(), "category"),
                    Requests.required(request.getCountry(), "country"),
                    date(Requests.required(request.getKycExpiresOn(), "kycExpiresOn"))))
            : Optional.empty();
    Optional<TransactionPlan<StateRef>> plan =
        RegistrarRecordPlan.eligibility(
            Parties.planParty(me),
            investor,
            record,
            current.map(c -> new PlanInput<>(c.getRef(), c.getState().getContractState())));
    Map<String, Object> result = new LinkedHashMap<>();
    if (plan.isEmpty()) {
      result.put(
          "transactionId", current.map(c -> c.getRef().getTransactionId().toString()).orElse(null));
      result.put("investor", investor.toString());
      result.put("eligible", request.isEligible());
      result.put("recorded", false);
      return json.format(result);
    }
    String requestId = request.getRequestId();
    UtxoTransactionBuilder builder =
        requestId == null || requestId.isBlank()
            ? planned(notary, plan.get())
            : planned(notary, plan.get(), requestId);
    result.put("transactionId", finalizeTransaction(builder.toSignedTransaction(), List.of()));
    result.put("investor", investor.toString());
    result.put("eligible", request.isEligible());
    result.put("recorded", true);
    return json.format(result);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(BAD_KYC_DATE + text, e);
    }
  }
}
