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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
  @ArquillianResource URL base;
  private Api api;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void realEstateAssetGoesFromSubmissionToIssuedTokens() throws Exception {
    Api.Reply created =
        api.postMultipart(
            "olivia",
            "/api/assets",
            Samples.realEstate("Lujiazui Office Tower", "1000000")
                .file("TITLE_DEED", "deed.pdf", "application/pdf", Samples.pdf("deed"))
                .file(
                    "APPRAISAL_REPORT", "appraisal.pdf", "application/pdf", Samples.pdf("value")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String assetId = created.json().get("id").asText();
    assertThat(created.json().get("status").asText()).isEqualTo("IN_TRUSTEE_REVIEW");

    String taskId = api.reviewTaskOf(assetId);
    Api.Reply approved =
        api.postJson(
            "tom",
            "/api/tasks/" + taskId + "/decision",
            "{\"approved\":true,\"comment\":\"Deed checked\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);

    Api.Reply again =
        api.postJson("tom", "/api/tasks/" + taskId + "/decision", "{\"approved\":true}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("already completed");

    JsonNode asset = api.awaitStatus(assetId, "TOKENIZED");
    String transactionId = asset.get("ledgerTransactionId").asText();
    assertThat(transactionId).startsWith("SHA-256:");
    assertThat(asset.get("holders")).hasSize(1);
    assertThat(asset.get("holders").get(0).get("quantity").asLong()).isEqualTo(1_000_000L);
    assertThat(asset.get("holders").get(0).get("holder").asText()).contains("Harbour Realty");

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
                      + " and a.act_id_ = 'assetTokenized'",
                  assetId))
          .isEqualTo(1);
      assertThat(
              single(
                  db,
                  "select count(*) from act_hi_procinst where business_key_ = ? and end_time_ is not null",
                  assetId))
          .isEqualTo(1);
    }

    Api.Reply certificate = api.get("olivia", "/api/assets/" + assetId + "/certificate");
    assertThat(certificate.status()).isEqualTo(200);
    assertThat(certificate.contentType()).startsWith("application/pdf");
    assertThat(new String(certificate.bytes(), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void investorCannotActAsTrustee() {
    Api.Reply created = api.submitWithTitleDeed("Role check", "10");
    String taskId = api.reviewTaskOf(created.json().get("id").asText());

    assertThat(api.get("ivan", "/api/tasks").status()).isEqualTo(403);
    Api.Reply attempt =
        api.postJson("ivan", "/api/tasks/" + taskId + "/decision", "{\"approved\":true}");
    assertThat(attempt.status()).isEqualTo(403);
    assertThat(
            api.postJson("olivia", "/api/tasks/" + taskId + "/decision", "{\"approved\":true}")
                .status())
        .isEqualTo(403);
    assertThat(api.get(null, "/api/tasks").status()).isEqualTo(401);
    assertThat(api.get("ivan", "/api/admin/users").status()).isEqualTo(403);
    assertThat(api.get("ada", "/api/admin/users").status()).isEqualTo(200);
    // the task is still open for a trustee
    assertThat(api.reviewTaskOf(created.json().get("id").asText())).isEqualTo(taskId);
  }

  @Test
  void aClaimedReviewIsDecidedOnlyByItsClaimant() {
    Api.Reply created = api.submitWithTitleDeed("Claimed review", "20");
    String taskId = api.reviewTaskOf(created.json().get("id").asText());

    assertThat(api.postJson("tina", "/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
    Api.Reply taken =
        api.postJson("tom", "/api/tasks/" + taskId + "/decision", "{\"approved\":true}");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body()).contains("claimed by another reviewer");
    assertThat(api.postJson("tom", "/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(409);
    assertThat(api.postJson("tom", "/api/tasks/" + taskId + "/unclaim", "").status())
        .isEqualTo(409);
    assertThat(api.postJson("ivan", "/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(403);

    assertThat(api.postJson("tina", "/api/tasks/" + taskId + "/unclaim", "").status())
        .isEqualTo(204);
    assertThat(
            api.postJson("tom", "/api/tasks/" + taskId + "/decision", "{\"approved\":true}")
                .status())
        .isEqualTo(204);
  }

  @Test
  void trusteeRejectionNeedsAReasonAndIsShownToTheOriginator() {
    Api.Reply created = api.submitWithTitleDeed("Rejected <b>tower</b>", "500");
    String assetId = created.json().get("id").asText();
    String taskId = api.reviewTaskOf(assetId);

    Api.Reply noReason =
        api.postJson("tina", "/api/tasks/" + taskId + "/decision", "{\"approved\":false}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("Give a reason");

    assertThat(
            api.postJson(
                    "tina",
                    "/api/tasks/" + taskId + "/decision",
                    "{\"approved\":false,\"comment\":\"Title deed does not match the address\"}")
                .status())
        .isEqualTo(204);
    JsonNode asset = api.get("olivia", "/api/assets/" + assetId).json();
    assertThat(asset.get("summary").get("status").asText()).isEqualTo("REJECTED");
    assertThat(asset.get("rejectionReason").asText())
        .isEqualTo("Title deed does not match the address");
    assertThat(asset.get("summary").get("title").asText()).isEqualTo("Rejected <b>tower</b>");
  }

  @Test
  void assetWithoutTitleDeedIsRejectedByTheDocumentCheck() {
    Api.Reply created =
        api.postMultipart(
            "olivia",
            "/api/assets",
            Samples.realEstate("No deed", "100")
                .file("OTHER", "photo.pdf", "application/pdf", Samples.pdf("photo")));
    assertThat(created.status()).isEqualTo(201);
    JsonNode asset = api.get("olivia", "/api/assets/" + created.json().get("id").asText()).json();
    assertThat(asset.get("summary").get("status").asText()).isEqualTo("REJECTED");
    assertThat(asset.get("rejectionReason").asText())
        .isEqualTo("Missing required documents: Title deed");
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
            .field("appraisedValue", "1e30")
            .file("TITLE_DEED", "d.pdf", "application/pdf", pdf),
        "Appraised value: The amount is implausibly large");

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
