package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton over REST on the real WildFly, PostgreSQL, Camunda and embedded ledger:
 * submit, review, issue; who may do what; and every kind of bad input leaving nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnboardingApiIT {
  final URL base = SuiteDeployment.base();
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void realEstateAssetGoesThroughDueDiligenceToIssuedTokens() throws Exception {
    Api.Reply created = api.submitComplete("Lujiazui Office Tower", "1000000");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String assetId = created.json().get("id").asText();
    assertThat(created.json().get("status").asText()).isEqualTo("IN_REVIEW");

    api.approveUntil(assetId, "secondTrusteeApproval");
    // four eyes: tom gave the first trustee approval, so he cannot give the second
    String second = api.awaitTask(assetId, "secondTrusteeApproval");
    Api.Reply sameTrustee =
        api.postJson("tom", "/api/tasks/" + second + "/decision", "{\"decision\":\"APPROVE\"}");
    assertThat(sameTrustee.status()).as(sameTrustee.body()).isEqualTo(403);
    assertThat(sameTrustee.body()).contains("Four eyes");
    assertThat(api.postJson("tom", "/api/tasks/" + second + "/claim", "").status()).isEqualTo(403);

    Api.Reply approved =
        api.postJson(
            "tina",
            "/api/tasks/" + second + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"Second pair of eyes\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    Api.Reply again =
        api.postJson("tina", "/api/tasks/" + second + "/decision", "{\"decision\":\"APPROVE\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("already completed");

    JsonNode asset = api.awaitStatus(assetId, "TOKENIZED");
    String transactionId = asset.get("ledgerTransactionId").asText();
    assertThat(transactionId).startsWith("SHA-256:");
    assertThat(asset.get("holders").get(0).get("quantity").asLong()).isEqualTo(1_000_000L);
    // the timeline lists what people did and decided, not the gateways that only merge flows
    assertThat(asset.get("steps").findValuesAsText("name"))
        .contains("Compliance decision?")
        .doesNotContain("Submitted or resubmitted", "Documents complete or resubmitted");
    // the valuer's figure capped at the decision table's 60 % (REAL_ESTATE, MEDIUM)
    JsonNode valuation = asset.get("valuation");
    assertThat(valuation.get("method").asText()).isEqualTo("INDEPENDENT_APPRAISAL");
    assertThat(valuation.get("loanToValueBps").asInt()).isEqualTo(6000);
    assertThat(valuation.get("tokenizationCap").asText()).isEqualTo("CNY 57,000,000.00");
    assertThat(valuation.get("valuedBy").asText()).isEqualTo("victor");
    assertThat(asset.get("decisions")).hasSize(5);
    assertThat(asset.get("decisions").findValuesAsText("decidedBy"))
        .containsExactly("carl", "victor", "lena", "tom", "tina");

    try (Connection db = Api.database()) {
      assertThat(
              single(
                  db,
                  "select count(*) from ledger.ledger_transaction where request_key = ?",
                  "asset-" + assetId + ".issue"))
          .isEqualTo(1);
      assertThat(
              single(
                  db,
                  "select count(*) from act_hi_actinst a join act_hi_procinst p"
                      + " on a.proc_inst_id_ = p.id_ where p.business_key_ = ?"
                      + " and a.act_id_ = 'realEstateTokenized'",
                  assetId))
          .isEqualTo(1);
    }
    // the originator was notified, and the dashboard says so
    JsonNode dashboard = api.get("olivia", "/api/assets/dashboard").json();
    assertThat(dashboard.get("messages").findValuesAsText("text"))
        .anySatisfy(m -> assertThat(m).contains(assetId).contains(transactionId));
    // the process view has the model of the version the instance ran, and what it visited
    JsonNode process = api.get("olivia", "/api/assets/" + assetId + "/process").json();
    assertThat(process.get("bpmnXml").asText()).contains("secondTrusteeApproval");
    assertThat(process.get("visitedElements").toString()).contains("realEstateTokenized");
    assertThat(process.get("activeElements")).isEmpty();

    Api.Reply certificate = api.get("olivia", "/api/assets/" + assetId + "/certificate");
    assertThat(certificate.status()).isEqualTo(200);
    assertThat(new String(certificate.bytes(), 0, 5)).isEqualTo("%PDF-");
    // page, certificate and ledger show one figure: the tokens represent the tokenization cap
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(certificate.bytes())) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Tokenized amount CNY 57,000,000.00 (on the ledger)")
          .contains("each an equal share of CNY 57,000,000.00")
          .contains("Tokens issued 1,000,000 (CNY 57.00 each)")
          .doesNotContain("Appraised value per token");
    }
    assertThat(valuation.get("tokenizedAmountPerToken").asText()).isEqualTo("CNY 57.0000");
  }

  @Test
  void reviewersOnlyActInTheirOwnGroup() throws Exception {
    String assetId = api.submitComplete("Role check", "10").json().get("id").asText();
    String taskId = api.awaitTask(assetId, "complianceReview");

    assertThat(api.get("ivan", "/api/tasks").status()).isEqualTo(403);
    String approve = "{\"decision\":\"APPROVE\"}";
    assertThat(api.postJson("ivan", "/api/tasks/" + taskId + "/decision", approve).status())
        .isEqualTo(403);
    assertThat(api.postJson("olivia", "/api/tasks/" + taskId + "/decision", approve).status())
        .isEqualTo(403);
    // a trustee or valuer may not take the compliance review
    Api.Reply trustee = api.postJson("tom", "/api/tasks/" + taskId + "/decision", approve);
    assertThat(trustee.status()).isEqualTo(403);
    assertThat(trustee.body()).contains("another review group");
    assertThat(api.taskOf("victor", assetId)).isEmpty();
    assertThat(api.get(null, "/api/tasks").status()).isEqualTo(401);
    assertThat(api.get("ivan", "/api/admin/users").status()).isEqualTo(403);
    assertThat(api.get("ada", "/api/admin/users").status()).isEqualTo(200);
    assertThat(api.awaitTask(assetId, "complianceReview")).isEqualTo(taskId);
  }

  @Test
  void aClaimedReviewIsDecidedOnlyByItsClaimant() throws Exception {
    String assetId = api.submitComplete("Claimed review", "20").json().get("id").asText();
    api.approveUntil(assetId, "firstTrusteeApproval");
    String taskId = api.awaitTask(assetId, "firstTrusteeApproval");
    String approve = "{\"decision\":\"APPROVE\"}";

    assertThat(api.postJson("tina", "/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
    Api.Reply taken = api.postJson("tom", "/api/tasks/" + taskId + "/decision", approve);
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body()).contains("claimed by another reviewer");
    assertThat(api.postJson("tom", "/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(409);
    assertThat(api.postJson("tom", "/api/tasks/" + taskId + "/unclaim", "").status())
        .isEqualTo(409);
    assertThat(api.postJson("tina", "/api/tasks/" + taskId + "/unclaim", "").status())
        .isEqualTo(204);
    assertThat(api.postJson("tom", "/api/tasks/" + taskId + "/decision", approve).status())
        .isEqualTo(204);
  }

  @Test
  void aRejectionNeedsAReasonAndIsShownToTheOriginator() throws Exception {
    String assetId = api.submitComplete("Rejected <b>tower</b>", "500").json().get("id").asText();
    String taskId = api.awaitTask(assetId, "complianceReview");

    Api.Reply noReason =
        api.postJson("carl", "/api/tasks/" + taskId + "/decision", "{\"decision\":\"REJECT\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("Give a comment");

    assertThat(
            api.postJson(
                    "carl",
                    "/api/tasks/" + taskId + "/decision",
                    "{\"decision\":\"REJECT\",\"comment\":\"Originator on a sanctions list\"}")
                .status())
        .isEqualTo(204);
    JsonNode asset = api.awaitStatus(assetId, "REJECTED");
    assertThat(asset.get("rejectionReason").asText()).isEqualTo("Originator on a sanctions list");
    assertThat(asset.get("summary").get("title").asText()).isEqualTo("Rejected <b>tower</b>");
  }

  @Test
  void missingDocumentsGoBackToTheOriginatorAndTheResubmissionIsCheckedAgain() throws Exception {
    Api.Reply created =
        api.postMultipart(
            "olivia",
            "/api/assets",
            Samples.realEstate("Missing papers", "100")
                .file("TITLE_DEED", "deed.pdf", "application/pdf", Samples.pdf("deed")));
    assertThat(created.status()).isEqualTo(201);
    String assetId = created.json().get("id").asText();
    JsonNode asset = api.awaitStatus(assetId, "SENT_BACK");
    assertThat(asset.get("missingDocuments").asText())
        .isEqualTo("Appraisal report, Insurance certificate");
    JsonNode mine = api.get("olivia", "/api/assets/dashboard").json().get("assets");
    assertThat(mine.toString()).contains(assetId);

    Api.Reply empty =
        api.postMultipart(
            "olivia", "/api/assets/" + assetId + "/resubmission", new Api.Multipart());
    assertThat(empty.status()).isEqualTo(400);
    Api.Reply resubmitted =
        api.postMultipart(
            "olivia",
            "/api/assets/" + assetId + "/resubmission",
            new Api.Multipart()
                .field("comment", "Added the appraisal and the insurance")
                .file("APPRAISAL_REPORT", "appraisal.pdf", "application/pdf", Samples.pdf("v"))
                .file("INSURANCE_CERTIFICATE", "ins.pdf", "application/pdf", Samples.pdf("i")));
    assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
    api.awaitStatus(assetId, "IN_REVIEW");
    assertThat(api.awaitTask(assetId, "complianceReview")).isNotBlank();
    // a second resubmit finds nothing to revise
    Api.Reply twice =
        api.postMultipart(
            "olivia",
            "/api/assets/" + assetId + "/resubmission",
            new Api.Multipart().field("comment", "again"));
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  void aSendBackReturnsToTheReviewerWhoAskedAfterTheOriginatorResubmits() throws Exception {
    String assetId = api.submitComplete("Send back", "100").json().get("id").asText();
    api.approveUntil(assetId, "legalReview");
    String legal = api.awaitTask(assetId, "legalReview");
    assertThat(
            api.postJson(
                    "lena",
                    "/api/tasks/" + legal + "/decision",
                    "{\"decision\":\"SEND_BACK\",\"comment\":\"The deed is not signed\"}")
                .status())
        .isEqualTo(204);
    JsonNode asset = api.awaitStatus(assetId, "SENT_BACK");
    assertThat(asset.get("reworkComment").asText()).isEqualTo("The deed is not signed");
    Api.Reply resubmitted =
        api.postMultipart(
            "olivia",
            "/api/assets/" + assetId + "/resubmission",
            new Api.Multipart()
                .field("comment", "Signed deed attached")
                .file("TITLE_DEED", "signed.pdf", "application/pdf", Samples.pdf("signed")));
    assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
    // back to legal, not to compliance
    assertThat(api.awaitTask(assetId, "legalReview")).isNotEqualTo(legal);
    assertThat(api.taskOf("carl", assetId)).isEmpty();
  }

  @Test
  void copyrightIsValuedFromItsRoyaltiesAndATrusteeCanOverrideWithAReason() throws Exception {
    Api.Reply malformed =
        api.postMultipart(
            "olivia",
            "/api/assets",
            Samples.copyright("Bad CSV", "1000")
                .file("REGISTRATION_CERTIFICATE", "reg.pdf", "application/pdf", Samples.pdf("r"))
                .file("CHAIN_OF_RIGHTS", "chain.pdf", "application/pdf", Samples.pdf("c"))
                .file(
                    "ROYALTY_HISTORY",
                    "royalties.csv",
                    "text/csv",
                    "month,amount\n2025-01,100\n2025-02,abc\n2025-13,5\n".getBytes()));
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body()).contains("line 3").contains("line 4");

    Api.Reply created =
        api.postMultipart(
            "olivia",
            "/api/assets",
            Samples.copyright("Song of the Huangpu", "50000")
                .file("REGISTRATION_CERTIFICATE", "reg.pdf", "application/pdf", Samples.pdf("r"))
                .file("CHAIN_OF_RIGHTS", "chain.pdf", "application/pdf", Samples.pdf("c"))
                .file("ROYALTY_HISTORY", "royalties.csv", "text/csv", Samples.royalties(24)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String assetId = created.json().get("id").asText();
    api.approve(assetId, "complianceReview");
    // the platform values it: discounted projection with the assumptions on record
    String legal = api.awaitTask(assetId, "legalReview");
    JsonNode valuation = api.get("tom", "/api/assets/" + assetId).json().get("valuation");
    assertThat(valuation.get("method").asText()).isEqualTo("ROYALTY_PROJECTION");
    assertThat(valuation.get("discountRate").asText()).isEqualTo("0.0800");
    assertThat(valuation.get("horizonMonths").asInt()).isEqualTo(120);
    assertThat(valuation.get("monthsOfHistory").asInt()).isEqualTo(24);
    assertThat(valuation.get("loanToValueBps").asInt()).isEqualTo(4000);
    api.postJson("lena", "/api/tasks/" + legal + "/decision", "{\"decision\":\"APPROVE\"}");

    String first = api.awaitTask(assetId, "firstTrusteeApproval");
    Api.Reply noReason =
        api.postJson(
            "tom",
            "/api/tasks/" + first + "/decision",
            "{\"decision\":\"APPROVE\",\"valuationOverride\":\"800000\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    Api.Reply absurd =
        api.postJson(
            "tom",
            "/api/tasks/" + first + "/decision",
            "{\"decision\":\"APPROVE\",\"valuationOverride\":\"999999999999\","
                + "\"overrideReason\":\"typo\"}");
    assertThat(absurd.status()).isEqualTo(400);
    assertThat(absurd.body()).contains("implausible");
    Api.Reply overridden =
        api.postJson(
            "tom",
            "/api/tasks/" + first + "/decision",
            "{\"decision\":\"APPROVE\",\"valuationOverride\":\"800000\","
                + "\"overrideReason\":\"Label contract ends in 2027\"}");
    assertThat(overridden.status()).as(overridden.body()).isEqualTo(204);
    api.approve(assetId, "secondTrusteeApproval");

    JsonNode asset = api.awaitStatus(assetId, "TOKENIZED");
    JsonNode finalValuation = asset.get("valuation");
    assertThat(finalValuation.get("method").asText()).isEqualTo("TRUSTEE_OVERRIDE");
    assertThat(finalValuation.get("overrideReason").asText())
        .isEqualTo("Label contract ends in 2027");
    assertThat(finalValuation.get("computedAmount").asText()).startsWith("CNY ");
    assertThat(finalValuation.get("tokenizationCap").asText()).isEqualTo("CNY 320,000.00");
  }

  @Test
  void badInputIsRefusedWithClearMessagesAndLeavesNothingBehind() throws Exception {
    long assetsBefore = count("select count(*) from asset");
    long processesBefore = count("select count(*) from act_hi_procinst");
    byte[] pdf = Samples.pdf("deed");

    assertProblem(new Api.Multipart().field("title", ""), "Title is required.");
    assertProblem(
        Samples.realEstate("t", "0").file("TITLE_DEED", "d.pdf", "application/pdf", pdf),
        "Number of tokens must be greater than zero.");
    assertProblem(
        Samples.realEstate("t", "-5").file("TITLE_DEED", "d.pdf", "application/pdf", pdf),
        "Number of tokens must be greater than zero.");
    assertProblem(
        Samples.realEstate("t", "abc").file("TITLE_DEED", "d.pdf", "application/pdf", pdf),
        "Number of tokens must be a whole number.");
    assertProblem(
        Samples.realEstate("t", "99999999999999999999")
            .file("TITLE_DEED", "d.pdf", "application/pdf", pdf),
        "Number of tokens must be at most 1,000,000,000,000.");
    assertProblem(Samples.realEstate("t", "10"), "Attach at least one document (PDF or image).");
    assertProblem(Samples.realEstate("t", "10").field("kind", "SHIP"), "Unknown asset kind 'SHIP'");
    assertProblem(
        Samples.copyright("t", "10")
            .file("REGISTRATION_CERTIFICATE", "r.pdf", "application/pdf", pdf)
            .file("ROYALTY_HISTORY", "r.csv", "text/csv", Samples.royalties(6)),
        "at least 12");
    assertProblem(
        Samples.realEstate("t", "10")
            .file("TITLE_DEED", "empty.pdf", "application/pdf", new byte[0]),
        "empty.pdf is empty (0 bytes).");
    assertProblem(
        Samples.realEstate("t", "10")
            .file(
                "TITLE_DEED",
                "deed.pdf",
                "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes()),
        "deed.pdf is not a PDF, PNG or JPEG file");
    byte[] oversized = new byte[21 * 1024 * 1024];
    System.arraycopy(pdf, 0, oversized, 0, pdf.length);
    assertProblem(
        Samples.realEstate("t", "10").file("TITLE_DEED", "huge.pdf", "application/pdf", oversized),
        "huge.pdf is larger than the limit of 20 MiB.");
    assertProblem(
        Samples.realEstate("t", "10")
            .field("appraisedValue", "-1")
            .file("TITLE_DEED", "d.pdf", "application/pdf", pdf),
        "Appraised value: The amount must be greater than zero.");
    assertProblem(
        Samples.realEstate("t", "10")
            .field("appraisedValue", "1,000,000,000,000,000,000,000,000,000")
            .file("TITLE_DEED", "d.pdf", "application/pdf", pdf),
        "Appraised value: The amount is implausibly large");
    // an exponent is not an amount (issue 20: 1e30 was read as a number)
    assertProblem(
        Samples.realEstate("t", "10")
            .field("appraisedValue", "1e30")
            .file("TITLE_DEED", "d.pdf", "application/pdf", pdf),
        "Appraised value must be a number");

    assertThat(count("select count(*) from asset")).isEqualTo(assetsBefore);
    assertThat(count("select count(*) from act_hi_procinst")).isEqualTo(processesBefore);
  }

  @Test
  void doubleSubmitCreatesOneAssetAndOneProcess() throws Exception {
    String key = UUID.randomUUID().toString();
    Callable<Api.Reply> submit =
        () ->
            api.postMultipart(
                "olivia",
                "/api/assets",
                Samples.realEstate("Double click", "10")
                    .field("submissionKey", key)
                    .file("TITLE_DEED", "deed.pdf", "application/pdf", Samples.pdf("deed")));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      replies.add(pool.submit(submit));
    }
    List<String> ids = new ArrayList<>();
    for (Future<Api.Reply> reply : replies) {
      assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(201);
      ids.add(reply.get().json().get("id").asText());
    }
    pool.shutdown();
    assertThat(ids).containsOnly(ids.get(0));
    try (Connection db = Api.database()) {
      assertThat(single(db, "select count(*) from asset where submission_key = ?", key))
          .isEqualTo(1);
      assertThat(
              single(
                  db, "select count(*) from act_hi_procinst where business_key_ = ?", ids.get(0)))
          .isEqualTo(1);
    }
  }

  private void assertProblem(Api.Multipart form, String expected) {
    Api.Reply reply = api.postMultipart("olivia", "/api/assets", form);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.body()).contains(expected);
  }

  private static long count(String sql) throws SQLException {
    try (Connection db = Api.database();
        ResultSet rows = db.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static long single(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
