package org.cornerstone.cordapp.flows.request;

import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import org.cornerstone.cordapp.flows.common.RequestKeys;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.query.RequestQueries;
import org.cornerstone.cordapp.request.RequestKeyState;

/**
 * Answers whether a ledger-changing command with this request key already took effect, from this
 * node's vault: every Cornerstone flow records its request key in its transaction (a {@link
 * RequestKeyState} of the initiating node), and this flow finds it with the vault named query
 * {@link RequestQueries#TRANSACTION_BY_REQUEST}. The REST client runs it on the node that would run
 * the command, before it starts a command whose flow status Corda no longer has (5.2 deletes a
 * final status seven days after its last update). Changes nothing on the ledger.
 */
public class FindTransactionByRequestFlow implements ClientStartableFlow {

  @CordaInject private JsonMarshallingService json;
  @CordaInject private UtxoLedgerService ledger;

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    FindTransactionRequest request = Requests.parse(body, json, FindTransactionRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    return json.format(
        RequestKeys.find(ledger, requestId)
            .map(
                ref ->
                    new TransactionFound(
                        true, requestId, ref.getRef().getTransactionId().toString()))
            .orElseGet(() -> new TransactionFound(false, requestId, null)));
  }

  /** Request body of {@link FindTransactionByRequestFlow}: the command's request key. */
  public static final class FindTransactionRequest {
    private String requestId;

    public FindTransactionRequest() {}

    public FindTransactionRequest(String requestId) {
      this.requestId = requestId;
    }

    public String getRequestId() {
      return requestId;
    }
  }

  /**
   * Result of {@link FindTransactionByRequestFlow}: when {@code found}, the id of the transaction
   * that recorded the request key, i.e. the one that carried out the command.
   */
  public static final class TransactionFound {
    private final boolean found;
    private final String requestId;
    private final String transactionId;

    public TransactionFound(boolean found, String requestId, String transactionId) {
      this.found = found;
      this.requestId = requestId;
      this.transactionId = transactionId;
    }

    public boolean isFound() {
      return found;
    }

    public String getRequestId() {
      return requestId;
    }

    public String getTransactionId() {
      return transactionId;
    }
  }
}
