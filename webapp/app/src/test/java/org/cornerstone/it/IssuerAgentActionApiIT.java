package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issuer-agent controls over REST on the real WildFly, PostgreSQL, Camunda and embedded ledger:
 * rita (registrar) requests a freeze with a reason and evidence, cannot approve it herself, tom
 * (trustee) approves, the ledger freezes the quantity with the reason in its transaction, the
 * holder sees it, and a transfer of the frozen tokens is refused with a reason code; then a pause
 * and a recovery to a new identity.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IssuerAgentActionApiIT {
  static final String HARBOUR = "CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN";
  static final String IVY =
      "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK";
  static final String IVY_NEW =
      "CN=Ivy Capital Management Recovered, O=Ivy Capital Management, L=Hong Kong, C=HK";

  final URL base = SuiteDeployment.base();
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void aFreezeApprovedByATrusteeBlocksATransferWithAReason() throws Exception {
    String instrumentId = issuedInstrument("Freeze check tower", "1000");
    String reason = "Court order 2026-SH-" + UUID.randomUUID().toString().substring(0, 8);

    // only the registrar asks, and only with a reason and a PDF
    assertThat(
            api.postMultipart("tom", actions(instrumentId), freeze("400", reason, true)).status())
        .isEqualTo(403);
    Api.Reply incomplete =
        api.postMultipart("rita", actions(instrumentId), freeze("400", " ", false));
    assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(400);
    assertThat(incomplete.json().get("problems").toString())
        .contains("Give the reason", "Attach the evidence");
    Api.Reply tooMuch =
        api.postMultipart("rita", actions(instrumentId), freeze("5000", reason, true));
    assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("fewer than the 5000 asked");

    Api.Reply requested =
        api.postMultipart("rita", actions(instrumentId), freeze("400", reason, true));
    assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    String actionId = requested.json().get("id").asText();
    assertThat(requested.json().get("status").asText()).isEqualTo("REQUESTED");
    assertThat(requested.json().get("evidenceSha256").asText()).hasSize(64);

    // four eyes: rita cannot decide her own request
    String taskId = awaitTrusteeTask(actionId);
    Api.Reply own =
        api.postJson("rita", "/api/tasks/" + taskId + "/decision", "{\"decision\":\"APPROVE\"}");
    assertThat(own.status()).as(own.body()).isEqualTo(403);
    assertThat(action(actionId).get("status").asText()).isEqualTo("REQUESTED");

    Api.Reply approved =
        api.postJson(
            "tom",
            "/api/tasks/" + taskId + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"Court order checked\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    JsonNode executed = awaitExecuted(actionId);
    assertThat(executed.get("requestedBy").asText()).isEqualTo("rita");
    assertThat(executed.get("decidedBy").asText()).isEqualTo("tom");
    String transactionId = executed.get("ledgerTransactionId").asText();
    assertThat(transactionId).startsWith("SHA-256:");

    // the ledger: 400 of Harbour's 1000 frozen, by one transaction under the request key,
    // whose command carries the reason
    JsonNode controls = api.get("rita", actions(instrumentId)).json();
    JsonNode harbour = controls.get("holders").get(0);
    assertThat(harbour.get("holder").asText()).isEqualTo(HARBOUR);
    assertThat(harbour.get("quantity").asLong()).isEqualTo(1000);
    assertThat(harbour.get("frozenQuantity").asLong()).isEqualTo(400);
    assertThat(ledgerContent("action-" + actionId + ".execute"))
        .contains(reason)
        .contains("Freeze");

    // the holder is told, with the reason
    JsonNode mine = api.get("olivia", "/api/holdings/actions").json();
    assertThat(mine.findValuesAsText("id")).contains(actionId);
    assertThat(mine.findValuesAsText("reason")).contains(reason);

    // a transfer of the frozen tokens is refused with a reason; the unfrozen part moves
    Api.Reply refused = transfer(instrumentId, IVY, 700);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("reasons").findValuesAsText("code"))
        .containsExactly("HOLDING_FROZEN");
    assertThat(refused.body()).contains("400 of your 1000 tokens").contains(reason);
    Api.Reply moved = transfer(instrumentId, IVY, 600);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("ledgerTransactionId").asText()).startsWith("SHA-256:");

    // the audit lists it with requester, approver, reason, evidence hash and ledger transaction
    JsonNode audit = api.get("ada", "/api/audit/actions").json();
    JsonNode row = null;
    for (JsonNode a : audit) {
      if (a.get("id").asText().equals(actionId)) {
        row = a;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.get("decidedBy").asText()).isEqualTo("tom");
    assertThat(row.get("ledgerTransactionId").asText()).isEqualTo(transactionId);
    assertThat(row.get("evidenceSha256").asText()).hasSize(64);
    assertThat(api.get("olivia", "/api/audit/actions").status()).isEqualTo(403);
    Api.Reply evidence = api.get("tina", "/api/audit/actions/" + actionId + "/evidence");
    assertThat(evidence.status()).isEqualTo(200);
    assertThat(new String(evidence.bytes(), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void aPausedInstrumentRefusesTransfersAndARecoveryMovesEverythingToTheNewIdentity()
      throws Exception {
    String instrumentId = issuedInstrument("Pause check tower", "500");
    assertThat(transfer(instrumentId, IVY, 200).status()).isEqualTo(200);
    // 50 of Ivy's 200 are frozen (a dispute) before she loses her keys
    String ivyFreeze =
        requestAndApprove(
            instrumentId,
            new Api.Multipart()
                .field("kind", "FREEZE")
                .field("holder", IVY)
                .field("quantity", "50")
                .field("reason", "Dispute over 50 tokens")
                .file("EVIDENCE", "dispute.pdf", "application/pdf", Samples.pdf("dispute")));
    awaitExecuted(ivyFreeze);

    String pause = requestAndApprove(instrumentId, pause("PAUSE", "Suspected market abuse"));
    awaitExecuted(pause);
    JsonNode controls = api.get("rita", actions(instrumentId)).json();
    assertThat(controls.get("paused").asBoolean()).isTrue();
    Api.Reply paused = transfer(instrumentId, IVY, 10);
    assertThat(paused.status()).as(paused.body()).isEqualTo(422);
    assertThat(paused.json().get("reasons").findValuesAsText("code"))
        .containsExactly("INSTRUMENT_PAUSED");
    assertThat(paused.body()).contains("Suspected market abuse");

    // recovery of Ivy's 200 to its new identity (runs while paused: it is the registrar's)
    String recovery =
        requestAndApprove(
            instrumentId,
            new Api.Multipart()
                .field("kind", "RECOVERY")
                .field("holder", IVY)
                .field("recipient", IVY_NEW)
                .field("reason", "Ivy lost its keys; identity re-verified")
                .file("EVIDENCE", "affidavit.pdf", "application/pdf", Samples.pdf("affidavit")));
    JsonNode recovered = awaitExecuted(recovery);
    assertThat(recovered.get("quantity").asLong()).isEqualTo(200);
    assertThat(ledgerContent("action-" + recovery + ".execute"))
        .contains("Recovery to a new identity after lost keys: Ivy lost its keys");
    JsonNode holders = api.get("rita", actions(instrumentId)).json().get("holders");
    assertThat(holders.findValuesAsText("holder")).contains(IVY_NEW).doesNotContain(IVY);
    // the freeze moved with the tokens: 50 of the 200 stay frozen on the new identity
    JsonNode ivyNew = null;
    for (JsonNode h : holders) {
      if (h.get("holder").asText().equals(IVY_NEW)) {
        ivyNew = h;
      }
    }
    assertThat(ivyNew).isNotNull();
    assertThat(ivyNew.get("quantity").asLong()).isEqualTo(200);
    assertThat(ivyNew.get("frozenQuantity").asLong()).as(holders.toString()).isEqualTo(50);
    // ... in the recovery's own transaction (a ForcedTransfer with a frozen output), not a second
    assertThat(ledgerContent("action-" + recovery + ".execute"))
        .containsPattern("\"frozen\"\\s*:\\s*true");
    assertThat(ledgerTransactions("action-" + recovery + ".execute.carried-freeze")).isZero();

    String resume = requestAndApprove(instrumentId, pause("RESUME", "Investigation closed"));
    awaitExecuted(resume);
    assertThat(transfer(instrumentId, IVY, 10).status()).isEqualTo(200);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String issuedInstrument(String title, String tokens) throws Exception {
    Api.Reply created = api.submitComplete(title, tokens);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String assetId = created.json().get("id").asText();
    api.approveUntil(assetId, "none");
    api.awaitStatus(assetId, "TOKENIZED");
    return assetId;
  }

  private static String actions(String instrumentId) {
    return "/api/instruments/" + instrumentId + "/actions";
  }

  private static Api.Multipart freeze(String quantity, String reason, boolean withEvidence) {
    Api.Multipart form =
        new Api.Multipart()
            .field("kind", "FREEZE")
            .field("holder", HARBOUR)
            .field("quantity", quantity)
            .field("reason", reason);
    return withEvidence
        ? form.file("EVIDENCE", "court-order.pdf", "application/pdf", Samples.pdf("court order"))
        : form;
  }

  private static Api.Multipart pause(String kind, String reason) {
    return new Api.Multipart()
        .field("kind", kind)
        .field("reason", reason)
        .file("EVIDENCE", "notice.pdf", "application/pdf", Samples.pdf("notice"));
  }

  private String requestAndApprove(String instrumentId, Api.Multipart form) throws Exception {
    Api.Reply requested = api.postMultipart("rita", actions(instrumentId), form);
    assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    String actionId = requested.json().get("id").asText();
    String taskId = awaitTrusteeTask(actionId);
    Api.Reply approved =
        api.postJson("tina", "/api/tasks/" + taskId + "/decision", "{\"decision\":\"APPROVE\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    return actionId;
  }

  private Api.Reply transfer(String instrumentId, String to, long quantity) {
    return api.postJson(
        "olivia",
        "/api/instruments/" + instrumentId + "/transfers",
        "{\"to\":\""
            + to
            + "\",\"quantity\":"
            + quantity
            + ",\"transferKey\":\""
            + UUID.randomUUID()
            + "\"}");
  }

  private String awaitTrusteeTask(String actionId) throws InterruptedException {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf("tom", actionId);
      if (task.isPresent()) {
        assertThat(task.get().get("subjectKind").asText()).isEqualTo("ISSUER_AGENT_ACTION");
        return task.get().get("taskId").asText();
      }
      Poll.pause();
    }
    throw new AssertionError("No trustee task for action " + actionId);
  }

  private JsonNode action(String actionId) {
    return api.get("rita", "/api/audit/actions/" + actionId).json();
  }

  private JsonNode awaitExecuted(String actionId) throws InterruptedException {
    JsonNode action = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      action = action(actionId);
      if ("EXECUTED".equals(action.get("status").asText())) {
        return action;
      }
      Poll.pause();
    }
    throw new AssertionError("Action " + actionId + " was not carried out: " + action);
  }

  private static int ledgerTransactions(String requestKey) throws Exception {
    try (Connection db = Api.database();
        PreparedStatement query =
            db.prepareStatement(
                "select count(*) from ledger.ledger_transaction where request_key = ?")) {
      query.setString(1, requestKey);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static String ledgerContent(String requestKey) throws Exception {
    try (Connection db = Api.database();
        PreparedStatement query =
            db.prepareStatement(
                "select convert_from(content, 'UTF8') from ledger.ledger_transaction"
                    + " where request_key = ?")) {
      query.setString(1, requestKey);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).as("ledger transaction " + requestKey).isTrue();
        String content = rows.getString(1);
        assertThat(rows.next()).isFalse();
        return content;
      }
    }
  }
}
