package org.cornerstone.ledgergateway.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Optional;
import org.cornerstone.corda.client.LedgerCheck;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.corda.client.stub.CordaRestStub.StartedFlow;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.platform.Settings;

/**
 * A stub of Corda 5.2's REST API with a virtual node per party of the trade, and the {@link
 * CordaFlows} the Corda adapters run through, for the adapters' tests.
 */
final class CordaCluster implements AutoCloseable {
  static final PartyName ISSUER =
      PartyName.of("CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN");
  static final PartyName REGISTRAR =
      PartyName.of("CN=Cornerstone Registrar, O=Cornerstone Registrar, L=Beijing, C=CN");
  static final PartyName INVESTOR =
      PartyName.of("CN=Ivan Investments, O=Ivan Investments, L=Hong Kong, C=HK");
  static final PartyName BANK = PartyName.of("CN=Bella Bank, O=Bella Bank, L=Shanghai, C=CN");
  static final String ISSUER_HASH = "3B8DECDDD6E2";
  static final String REGISTRAR_HASH = "0F1E2D3C4B5A";
  static final String INVESTOR_HASH = "A1B2C3D4E5F6";
  static final String BANK_HASH = "B0B0B0B0B0B0";
  static final String TRANSACTION_ID = "SHA-256:" + "CD".repeat(32);

  final CordaRestStub stub;
  final CordaFlows flows;

  private CordaCluster(String queryNode) {
    stub =
        CordaRestStub.start("admin", "secret")
            .addVirtualNode(ISSUER_HASH, ISSUER.x500())
            .addVirtualNode(REGISTRAR_HASH, REGISTRAR.x500())
            .addVirtualNode(INVESTOR_HASH, INVESTOR.x500())
            .addVirtualNode(BANK_HASH, BANK.x500());
    Settings settings =
        new Settings() {
          @Override
          public Optional<String> get(String property) {
            return property.equals("cornerstone.corda.query-node")
                ? Optional.ofNullable(queryNode)
                : super.get(property);
          }
        };
    flows =
        CordaAdapters.flows(
            stub.baseUrl(),
            "admin",
            "secret",
            String.join(
                "|",
                ISSUER_HASH + "@" + ISSUER,
                REGISTRAR_HASH + "@" + REGISTRAR,
                INVESTOR_HASH + "@" + INVESTOR,
                BANK_HASH + "@" + BANK),
            settings);
    // Every command first asks the ledger whether its request key took effect (nothing yet).
    stub.onFlow(
        LedgerCheck.FIND_TRANSACTION_BY_REQUEST_FLOW,
        FlowBehaviour.completesAfter(
            1,
            request ->
                JsonNodeFactory.instance
                    .objectNode()
                    .put("found", false)
                    .put("requestId", request.path("requestId").asText())));
  }

  static CordaCluster start() {
    return new CordaCluster(null);
  }

  /** With the registrar's node answering queries over every holding of an instrument. */
  static CordaCluster withQueryNode(PartyName node) {
    return new CordaCluster(node.x500());
  }

  /** Every start of the flow completes with {@link #TRANSACTION_ID}. */
  CordaCluster completing(String flow) {
    stub.onFlow(
        flow,
        FlowBehaviour.completesAfter(
            1,
            request -> JsonNodeFactory.instance.objectNode().put("transactionId", TRANSACTION_ID)));
    return this;
  }

  /** The flows started, without the ledger checks that precede the commands. */
  List<StartedFlow> commandStarts() {
    return stub.startedFlows().stream()
        .filter(f -> !f.flowClassName().equals(LedgerCheck.FIND_TRANSACTION_BY_REQUEST_FLOW))
        .toList();
  }

  /** The ledger checks started ({@code FindTransactionByRequestFlow}). */
  List<StartedFlow> checkStarts() {
    return stub.startedFlows().stream()
        .filter(f -> f.flowClassName().equals(LedgerCheck.FIND_TRANSACTION_BY_REQUEST_FLOW))
        .toList();
  }

  /** The one command flow started, checked to be of this class. */
  StartedFlow onlyStart(String flow) {
    List<StartedFlow> started = commandStarts();
    if (started.size() != 1 || !started.get(0).flowClassName().equals(flow)) {
      throw new AssertionError("Expected one start of " + flow + ", got " + started);
    }
    return started.get(0);
  }

  static JsonNode json() {
    return JsonNodeFactory.instance.objectNode();
  }

  @Override
  public void close() {
    stub.close();
  }
}
