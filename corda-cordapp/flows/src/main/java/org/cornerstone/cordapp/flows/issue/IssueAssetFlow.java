package org.cornerstone.cordapp.flows.issue;

import static org.cornerstone.cordapp.flows.common.Requests.positive;
import static org.cornerstone.cordapp.flows.common.Requests.required;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.InitiatingFlow;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.common.Sessions;
import org.cornerstone.cordapp.plan.IssuancePlan;
import org.cornerstone.cordapp.plan.PlanWindow;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Registers an asset and issues its tokens in one transaction: an {@link AssetState} output
 * (command {@code Create}, signed by issuer and trustee) and one {@link AssetTokenState} per
 * allocation (command {@code Issue}). Started by the issuer.
 *
 * <p>Idempotent at the ledger: when the issuer's vault already holds the asset's issuance (an
 * earlier run of the same request, whose flow status Corda may have deleted since), the flow
 * answers that issuance's transaction id and issues nothing ({@link EarlierIssuance}).
 */
@InitiatingFlow(protocol = "cornerstone-issue-asset")
public class IssueAssetFlow extends InitiatorFlow implements ClientStartableFlow {

  public static final String NO_ALLOCATIONS = "An issuance needs at least one allocation.";
  public static final String UNKNOWN_KIND =
      "The kind must be REAL_ESTATE, COPYRIGHT or RECEIVABLE, not ";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    IssueAssetRequest request = Requests.parse(body, json, IssueAssetRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String assetId = required(request.getAssetId(), "assetId");
    String instrumentId =
        request.getInstrumentId() == null || request.getInstrumentId().isBlank()
            ? assetId
            : request.getInstrumentId();
    AssetKind kind = kind(request.getKind());
    if (request.getAllocations() == null || request.getAllocations().isEmpty()) {
      throw new IllegalArgumentException(NO_ALLOCATIONS);
    }
    Optional<IssueAssetResponse> earlier =
        new EarlierIssuance(ledger).of(members.myInfo().getName(), request, instrumentId);
    if (earlier.isPresent()) {
      return json.format(earlier.get()); // issued before: a retry never issues twice
    }
    MemberInfo issuer = members.myInfo();
    MemberInfo trustee = Parties.member(members, request.getTrustee(), "trustee");
    MemberInfo registrar = Parties.member(members, request.getRegistrar(), "registrar");
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    List<IssuancePlan.Allocation> allocations = new ArrayList<>();
    List<MemberX500Name> counterparties = new ArrayList<>();
    counterparties.add(trustee.getName());
    counterparties.add(registrar.getName());
    for (Allocation allocation : request.getAllocations()) {
      MemberInfo holder = Parties.member(members, allocation.getHolder(), "holder");
      long quantity = positive(allocation.getQuantity(), "quantity");
      allocations.add(new IssuancePlan.Allocation(Parties.planParty(holder), quantity));
      counterparties.add(holder.getName());
    }
    IssuancePlan.Request issuance =
        new IssuancePlan.Request(
            assetId,
            instrumentId,
            kind,
            Parties.planParty(issuer),
            Parties.planParty(trustee),
            Parties.planParty(registrar),
            request.getDiligenceDigest(),
            request.getValuationMinorUnits(),
            request.getValuationCurrency(),
            allocations);
    long total = IssuancePlan.totalQuantity(issuance);
    UtxoTransactionBuilder builder =
        planned(notary, IssuancePlan.plan(issuance, issuanceWindow(Instant.now())), requestId);
    UtxoSignedTransaction signed = builder.toSignedTransaction();
    IssueTerms terms =
        new IssueTerms(
            assetId,
            instrumentId,
            request.getDiligenceDigest(),
            issuer.getName(),
            trustee.getName(),
            registrar.getName(),
            total);
    List<FlowSession> sessions =
        Sessions.openAndSend(
            messaging, issuer.getName(), terms, counterparties.toArray(MemberX500Name[]::new));
    String transactionId = finalizeTransaction(signed, sessions);
    return json.format(new IssueAssetResponse(transactionId, assetId, instrumentId, total));
  }

  private static AssetKind kind(String kind) {
    try {
      return AssetKind.valueOf(required(kind, "kind"));
    } catch (IllegalArgumentException unknown) {
      if (unknown.getMessage() != null
          && unknown.getMessage().startsWith(Requests.FIELD_REQUIRED)) {
        throw unknown;
      }
      throw new IllegalArgumentException(UNKNOWN_KIND + kind, unknown);
    }
  }

  /**
   * An issuance collects the trustee's signature too, so it keeps {@link #TIME_WINDOW}; its
   * holdings are acquired at the window's upper bound (the contract's rule for {@code Issue}).
   */
  static PlanWindow issuanceWindow(Instant now) {
    return new PlanWindow(now.minus(PlanWindow.TRANSFER_MARGIN), now.plus(TIME_WINDOW));
  }
}
