package org.cornerstone.ledger.infrastructure;

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
import org.cornerstone.corda.client.FlowState;
import org.cornerstone.corda.client.FlowStatus;
import org.cornerstone.ledger.AssetIssuance;
import org.cornerstone.ledger.Holding;
import org.cornerstone.ledger.Ledger;
import org.cornerstone.ledger.LedgerException;
import org.cornerstone.ledger.LedgerReceipt;
import org.cornerstone.ledger.LedgerTransactionView;
import org.cornerstone.platform.Settings;

/**
 * {@link Ledger} on a Corda 5 cluster: each call starts one of the CorDapp's flows over the
 * cluster's REST API on the acting organisation's virtual node. The request key becomes the flow's
 * {@code clientRequestId}, so a retried workflow step finds the flow it started before instead of
 * starting a second one. Failures surface as {@link LedgerException}s: the process step fails, is
 * retried, and ends as an incident — never as a silent success.
 */
@ApplicationScoped
@Typed(CordaLedgerAdapter.class)
public class CordaLedgerAdapter implements Ledger {
  static final String ISSUE_FLOW = "org.cornerstone.cordapp.flows.issue.IssueAssetFlow";
  static final String HOLDINGS_FLOW = "org.cornerstone.cordapp.flows.query.ListHoldingsFlow";
  static final int MAX_ATTEMPTS = 20;
  static final String TOO_MANY_ATTEMPTS = "Gave up on %s after %d failed Corda flows.";

  @Inject Settings settings;

  private volatile CordaClient client;

  /** For tests: a client of a given configuration. */
  void use(CordaClient client) {
    this.client = client;
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

  @Override
  public LedgerReceipt issueAssetTokens(AssetIssuance issuance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", issuance.requestKey());
    body.put("assetId", issuance.assetId());
    // The instrument id: the asset id until the registry names instruments.
    body.put("instrumentId", issuance.assetId());
    body.put("kind", issuance.assetKind());
    body.put("trustee", issuance.trustee());
    body.put("registrar", issuance.registrar());
    body.put("diligenceDigest", issuance.diligenceDigest());
    body.put("valuationMinorUnits", issuance.valuationMinorUnits());
    body.put("valuationCurrency", issuance.valuationCurrency());
    body.put(
        "allocations",
        List.of(Map.of("holder", issuance.firstHolder(), "quantity", issuance.quantity())));
    FlowResult result = runOnce(issuance.issuer(), issuance.requestKey(), ISSUE_FLOW, body);
    JsonNode transactionId = result.result().path("transactionId");
    if (!transactionId.isTextual() || transactionId.asText().isBlank()) {
      throw new LedgerException(
          "The Corda issuance flow completed without a transaction id: " + result.result(), null);
    }
    return new LedgerReceipt(transactionId.asText(), result.completedAt());
  }

  @Override
  public List<Holding> holdingsOfAsset(String assetId) {
    // The registrar's node takes part in every holding of its instruments.
    return holdings(settings.get("cornerstone.corda.query-node").orElse(null), null, assetId);
  }

  @Override
  public List<Holding> holdingsOfHolder(String holderX500Name) {
    return holdings(holderX500Name, holderX500Name, null);
  }

  /**
   * Corda 5.2's REST API has no transaction lookup; the vault answers for states, not transactions.
   */
  @Override
  public Optional<LedgerTransactionView> transaction(String transactionId) {
    return Optional.empty();
  }

  private List<Holding> holdings(String node, String holder, String assetId) {
    if (node == null) {
      return List.of();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (holder != null) {
      body.put("holder", holder);
    }
    if (assetId != null) {
      body.put("assetId", assetId);
    }
    FlowResult result =
        run(node, ClientRequestId.of("holdings-" + UUID.randomUUID()), HOLDINGS_FLOW, body);
    String owner = result.result().path("holder").asText(holder == null ? "" : holder);
    Map<String, Long> byKey = new LinkedHashMap<>();
    for (JsonNode row : result.result().path("holdings")) {
      String key = row.path("assetId").asText() + "|" + row.path("holder").asText(owner);
      byKey.merge(key, row.path("quantity").asLong(), Math::addExact);
    }
    return byKey.entrySet().stream()
        .map(
            e -> {
              String[] parts = e.getKey().split("\\|", 2);
              return new Holding(parts[0], parts[1], e.getValue());
            })
        .toList();
  }

  /**
   * Runs a ledger-changing flow at most once per request key. Corda keeps a FAILED or KILLED flow
   * under its {@code clientRequestId} for good, so a retry (an admin retrying an incident) would
   * only find the old failure again; instead it moves on to the next attempt id ({@code key},
   * {@code key.retry-1}, ...). A flow that is running or completed under any attempt id is awaited,
   * never started twice.
   */
  private FlowResult runOnce(String actorX500, String requestKey, String flow, Object body) {
    try {
      CordaClient cordaClient = client();
      String node = cordaClient.shortHashOf(actorX500);
      for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        ClientRequestId id =
            ClientRequestId.of(attempt == 0 ? requestKey : requestKey + ".retry-" + attempt);
        Optional<FlowState> earlier = cordaClient.findFlow(node, id);
        if (earlier.isPresent()
            && (earlier.get().status() == FlowStatus.FAILED
                || earlier.get().status() == FlowStatus.KILLED)) {
          continue;
        }
        return cordaClient.runFlow(node, id, flow, body);
      }
      throw new LedgerException(String.format(TOO_MANY_ATTEMPTS, requestKey, MAX_ATTEMPTS), null);
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

  private FlowResult run(String actorX500, ClientRequestId id, String flow, Object body) {
    try {
      return client().runFlowAs(actorX500, id, flow, body);
    } catch (CordaClientException e) {
      throw failure(e);
    }
  }
}
