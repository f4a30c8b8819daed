package org.cornerstone.cordapp.flows.issue;

import static org.cornerstone.cordapp.flows.common.Requests.required;

import java.util.Optional;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import org.cornerstone.cordapp.flows.common.Requests;

/**
 * Answers whether this node (the issuer) already issued an asset, from its vault: the REST client
 * runs it before it starts {@link IssueAssetFlow} again for a request whose flow status Corda no
 * longer has. Changes nothing on the ledger.
 */
public class FindIssuanceFlow implements ClientStartableFlow {

  @CordaInject private JsonMarshallingService json;
  @CordaInject private MemberLookup members;
  @CordaInject private UtxoLedgerService ledger;

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    FindIssuanceRequest request = Requests.parse(body, json, FindIssuanceRequest.class);
    String assetId = required(request.getAssetId(), "assetId");
    String instrumentId =
        request.getInstrumentId() == null || request.getInstrumentId().isBlank()
            ? assetId
            : request.getInstrumentId();
    Optional<EarlierIssuance.Issuance> issuance =
        new EarlierIssuance(ledger).find(members.myInfo().getName(), assetId, instrumentId);
    return json.format(
        issuance
            .map(
                i ->
                    new IssuanceFound(
                        true,
                        i.transactionId().toString(),
                        assetId,
                        instrumentId,
                        i.issuedQuantity()))
            .orElseGet(() -> new IssuanceFound(false, null, assetId, instrumentId, 0)));
  }

  /**
   * Request body of {@link FindIssuanceFlow}: the asset and, as for {@link IssueAssetFlow}, its
   * instrument (optional, defaults to the asset id).
   */
  public static final class FindIssuanceRequest {
    private String assetId;
    private String instrumentId;

    public FindIssuanceRequest() {}

    public FindIssuanceRequest(String assetId, String instrumentId) {
      this.assetId = assetId;
      this.instrumentId = instrumentId;
    }

    public String getAssetId() {
      return assetId;
    }

    public String getInstrumentId() {
      return instrumentId;
    }
  }

  /**
   * Result of {@link FindIssuanceFlow}: when {@code found}, the fields of the {@link
   * IssueAssetResponse} the issuance answered.
   */
  public static final class IssuanceFound {
    private final boolean found;
    private final String transactionId;
    private final String assetId;
    private final String instrumentId;
    private final long issuedQuantity;

    public IssuanceFound(
        boolean found,
        String transactionId,
        String assetId,
        String instrumentId,
        long issuedQuantity) {
      this.found = found;
      this.transactionId = transactionId;
      this.assetId = assetId;
      this.instrumentId = instrumentId;
      this.issuedQuantity = issuedQuantity;
    }

    public boolean isFound() {
      return found;
    }

    public String getTransactionId() {
      return transactionId;
    }

    public String getAssetId() {
      return assetId;
    }

    public String getInstrumentId() {
      return instrumentId;
    }

    public long getIssuedQuantity() {
      return issuedQuantity;
    }
  }
}
