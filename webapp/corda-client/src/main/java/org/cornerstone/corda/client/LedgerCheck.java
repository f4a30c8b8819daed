package org.cornerstone.corda.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Asks the ledger whether a ledger-changing step already took effect, before {@link
 * CordaClient#runFlowOnce} starts its flow. Needed because Corda 5.2 deletes a final flow status
 * seven days (REST config {@code flowStatusCleanupTimeMs}) after its last update: after that, "no
 * status for this client request id" no longer means "never ran".
 */
@FunctionalInterface
public interface LedgerCheck {

  /** The earlier step's result as the flow would have answered it, or empty if it never ran. */
  Optional<JsonNode> earlierResult(CordaClient client, String holdingIdentityShortHash);

  /** The CorDapp's query flow that answers whether an asset was already issued. */
  String FIND_ISSUANCE_FLOW = "org.cornerstone.cordapp.flows.issue.FindIssuanceFlow";

  /**
   * The check before an issuance ({@code IssueAssetFlow}) on the issuer's node: {@code
   * FindIssuanceFlow} looks for the asset's issuance in the issuer's vault; when found, its result
   * (transactionId, assetId, instrumentId, issuedQuantity, found=true) stands for the issuance's.
   *
   * @param instrumentId null when the instrument id is the asset id (the issuance flow's default)
   */
  static LedgerCheck issuedBefore(String requestKey, String assetId, String instrumentId) {
    Objects.requireNonNull(assetId, "assetId");
    java.util.Map<String, String> query = new java.util.LinkedHashMap<>();
    query.put("assetId", assetId);
    if (instrumentId != null) {
      query.put("instrumentId", instrumentId);
    }
    return byQueryFlow(
        requestKey,
        FIND_ISSUANCE_FLOW,
        query,
        result -> result.path("found").asBoolean(false) ? Optional.of(result) : Optional.empty());
  }

  /** The CorDapp's query flow that answers whether a request key took effect. */
  String FIND_TRANSACTION_BY_REQUEST_FLOW =
      "org.cornerstone.cordapp.flows.request.FindTransactionByRequestFlow";

  /**
   * The check before any ledger-changing command of the CorDapp (transfer, forced transfer, redeem,
   * DvP, freeze/unfreeze, cash issue/redeem, issuance), on the node that runs the command: every
   * Cornerstone flow records its request key ({@code requestId}) in its transaction, and {@code
   * FindTransactionByRequestFlow} looks for it in that node's vault. When found, its result ({@code
   * found=true, requestId, transactionId}) stands for the command's: its {@code transactionId} is
   * the transaction that carried the command out. Only the transaction id is known then; the
   * command's other result fields are not.
   *
   * <p>Transactions made by flows older than the request-key recording carry no key and are not
   * found.
   */
  static LedgerCheck recordedBefore(String requestKey) {
    Objects.requireNonNull(requestKey, "requestKey");
    return byQueryFlow(
        requestKey,
        FIND_TRANSACTION_BY_REQUEST_FLOW,
        java.util.Map.of("requestId", requestKey),
        result ->
            result.path("found").asBoolean(false)
                    && result.path("transactionId").isTextual()
                    && !result.path("transactionId").asText().isBlank()
                ? Optional.of(result)
                : Optional.empty());
  }

  /** No ledger check: trust the REST status alone. */
  static LedgerCheck none() {
    return (client, hash) -> Optional.empty();
  }

  /**
   * Runs a query flow on the same virtual node and reads its result with {@code answer}, e.g.
   * "{@code found} is true → the earlier issuance". Each check runs under a new client request id
   * {@code requestKey.check-<uuid>}.
   */
  static LedgerCheck byQueryFlow(
      String requestKey,
      String queryFlowClassName,
      Object queryBody,
      Function<JsonNode, Optional<JsonNode>> answer) {
    Objects.requireNonNull(requestKey, "requestKey");
    Objects.requireNonNull(queryFlowClassName, "queryFlowClassName");
    Objects.requireNonNull(queryBody, "queryBody");
    Objects.requireNonNull(answer, "answer");
    return (client, hash) ->
        answer.apply(
            client
                .runFlow(
                    hash,
                    ClientRequestId.of(requestKey + ".check-" + UUID.randomUUID()),
                    queryFlowClassName,
                    queryBody)
                .result());
  }
}
