package org.cornerstone.ledgergateway.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cornerstone.corda.client.ClientRequestId;
import org.cornerstone.corda.client.CordaClient;
import org.cornerstone.corda.client.CordaClientConfig;
import org.cornerstone.corda.client.CordaClientException;
import org.cornerstone.corda.client.FlowResult;
import org.cornerstone.corda.client.LedgerCheck;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.platform.Settings;

/**
 * Starts the CorDapp's flows over a Corda 5 cluster's REST API for the Corda adapters: each flow
 * runs on the acting organisation's virtual node. A command's request key becomes the flow's {@code
 * clientRequestId}, so a retried workflow step finds the flow it started before instead of starting
 * a second one. Failures surface as {@link LedgerException}s: the process step fails, is retried,
 * and ends as an incident — never as a silent success.
 */
@ApplicationScoped
@Typed(CordaFlows.class)
public class CordaFlows {
  static final String FLOWS = "org.cornerstone.cordapp.flows.";
  static final int MAX_ATTEMPTS = 20;
  static final String TOO_MANY_ATTEMPTS = "Gave up on %s after %d failed Corda flows.";
  static final String NO_TRANSACTION_ID =
      "The Corda flow %s completed without a transaction id: %s";

  /** The request-body field naming the instrument in the CorDapp's flow requests. */
  static final String INSTRUMENT_FIELD = "instrumentId";

  /** The field naming the instrument in {@code ListHoldingsFlow}'s request and in its holdings. */
  static final String HOLDINGS_INSTRUMENT_FIELD = "instrumentId";

  @Inject Settings settings;

  private volatile CordaClient client;

  public CordaFlows() {}

  /** For tests: flows through a given client. */
  CordaFlows(CordaClient client, Settings settings) {
    this.client = client;
    this.settings = settings;
  }

  private CordaClient client() {
    CordaClient current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          client = new CordaClient(CordaClientConfig.fromEnvironment(configuration(settings)));
        }
        current = client;
      }
    }
    return current;
  }

  /**
   * The client's variables, each from a system property or the environment (see {@link Settings}).
   */
  static Map<String, String> configuration(Settings settings) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name :
        List.of(
            CordaClientConfig.ENV_URL,
            CordaClientConfig.ENV_USER,
            CordaClientConfig.ENV_PASSWORD,
            CordaClientConfig.ENV_TRUSTSTORE,
            CordaClientConfig.ENV_TRUSTSTORE_PASSWORD,
            CordaClientConfig.ENV_HOLDING_IDS,
            CordaClientConfig.ENV_POLL_INITIAL_DELAY,
            CordaClientConfig.ENV_POLL_MAX_DELAY,
            CordaClientConfig.ENV_FLOW_DEADLINE,
            CordaClientConfig.ENV_REQUEST_TIMEOUT)) {
      settings.get(name.toLowerCase().replace('_', '.')).ifPresent(v -> values.put(name, v));
    }
    return values;
  }

  /** The node that answers queries over every holding of the registrar's instruments. */
  Optional<PartyName> queryNode() {
    return settings.get("cornerstone.corda.query-node").map(PartyName::of);
  }

  /**
   * Runs a ledger-changing flow on {@code actor}'s node at most once per request key and returns
   * the receipt of the transaction it committed (see {@link CordaClient#runFlowOnce}): a FAILED or
   * KILLED attempt moves on to the next attempt id ({@code key}, {@code key.retry-1}, ...), a
   * running or completed one is awaited, never started twice. Corda 5.2 deletes a final flow status
   * seven days after its last update, so "no status" does not mean "never ran": {@code check} asks
   * the ledger first and answers the earlier result when the step already took effect.
   */
  LedgerReceipt command(
      PartyName actor, RequestKey key, String flow, Map<String, Object> body, LedgerCheck check) {
    FlowResult result;
    try {
      result = client().runFlowOnceAs(actor.x500(), key.value(), flow, body, check);
    } catch (CordaClientException e) {
      throw failure(e);
    }
    JsonNode transactionId = result.result().path("transactionId");
    if (!transactionId.isTextual() || transactionId.asText().isBlank()) {
      throw new LedgerException(String.format(NO_TRANSACTION_ID, flow, result.result()));
    }
    return new LedgerReceipt(transactionId.asText(), result.completedAt());
  }

  /**
   * {@link #command(PartyName, RequestKey, String, Map, LedgerCheck)} for a command flow of the
   * CorDapp, which records its request key ({@code requestId}) in its transaction: before a start
   * whose REST status is gone, {@code FindTransactionByRequestFlow} asks {@code actor}'s vault
   * whether the key took effect ({@link LedgerCheck#recordedBefore}), and the earlier transaction
   * is answered instead of running the command twice.
   */
  LedgerReceipt command(PartyName actor, RequestKey key, String flow, Map<String, Object> body) {
    return command(actor, key, flow, body, LedgerCheck.recordedBefore(key.value()));
  }

  /** Runs a read-only flow on {@code actor}'s node under a fresh request id; returns its result. */
  JsonNode query(PartyName actor, String purpose, String flow, Map<String, Object> body) {
    try {
      return client()
          .runFlowAs(
              actor.x500(), ClientRequestId.of(purpose + "-" + UUID.randomUUID()), flow, body)
          .result();
    } catch (CordaClientException e) {
      throw failure(e);
    }
  }

  private static LedgerException failure(CordaClientException e) {
    return new LedgerException(
        (e.isRetriable() ? "The Corda cluster is not reachable right now: " : "Corda refused: ")
            + e.getMessage(),
        e);
  }

  /** A request body: the fields in order, with the request key as {@code requestId}. */
  static Map<String, Object> body(RequestKey key) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", key.value());
    return body;
  }
}
