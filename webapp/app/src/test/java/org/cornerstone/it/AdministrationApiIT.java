package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20, administration: ada adds a second originator firm and its user, who signs in and
 * submits an asset; a disabled user cannot sign in; only administrators may do any of it; every act
 * is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationApiIT {
  final URL base = SuiteDeployment.base();
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void adaAddsSecondOriginatorFirmAndItsUserWhoSubmitsAnAsset() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String firm = "Pearl Delta Estates " + suffix;
    String x500 = "O=" + firm + ", L=Guangzhou, C=CN";
    Api.Reply org =
        api.postJson(
            "ada",
            "/api/admin/organisations",
            "{\"name\":\"" + firm + "\",\"kind\":\"ORIGINATOR\",\"x500Name\":\"" + x500 + "\"}");
    assertThat(org.status()).as(org.body()).isEqualTo(201);
    String orgId = org.json().get("id").asText();
    assertThat(org.json().get("x500Name").asText()).isEqualTo(x500);

    // the same ledger identity twice is a conflict; a malformed one a 400 naming the problem
    Api.Reply duplicate =
        api.postJson(
            "ada",
            "/api/admin/organisations",
            "{\"name\":\"Other\",\"kind\":\"ORIGINATOR\",\"x500Name\":\"" + x500 + "\"}");
    assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
    Api.Reply malformed =
        api.postJson(
            "ada",
            "/api/admin/organisations",
            "{\"name\":\"Other\",\"kind\":\"ORIGINATOR\",\"x500Name\":\"O=Other\"}");
    assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
    assertThat(malformed.json().get("problems").toString()).contains("L (locality)");

    String username = "pd" + suffix;
    Api.Reply user =
        api.postJson(
            "ada",
            "/api/admin/users",
            "{\"username\":\""
                + username
                + "\",\"displayName\":\"Oscar Wu\",\"organisationId\":\""
                + orgId
                + "\",\"roles\":[\"ORIGINATOR\"],\"initialPassword\":\""
                + username
                + "-demo\"}");
    assertThat(user.status()).as(user.body()).isEqualTo(201);
    Api.Reply taken =
        api.postJson(
            "ada",
            "/api/admin/users",
            "{\"username\":\""
                + username
                + "\",\"displayName\":\"Someone else\",\"organisationId\":\""
                + orgId
                + "\",\"roles\":[\"ORIGINATOR\"],\"initialPassword\":\"another-pass-1\"}");
    assertThat(taken.status()).as(taken.body()).isEqualTo(409);

    // the new user signs in and submits an asset as an originator of the new firm
    JsonNode me = api.get(username, "/api/me").json();
    assertThat(me.toString()).contains(username);
    Api.Reply asset =
        api.postMultipart(
            username,
            "/api/assets",
            Samples.realEstate("Second firm tower " + suffix, "100")
                .file("TITLE_DEED", "deed.pdf", "application/pdf", Samples.pdf("deed"))
                .file("APPRAISAL_REPORT", "appraisal.pdf", "application/pdf", Samples.pdf("v"))
                .file(
                    "INSURANCE_CERTIFICATE", "insurance.pdf", "application/pdf", Samples.pdf("i")));
    assertThat(asset.status()).as(asset.body()).isEqualTo(201);

    // disabled: no sign-in over the API; enabled again: signs in
    assertThat(put("ada", "/api/admin/users/" + username + "/active", "{\"active\":false}"))
        .isEqualTo(200);
    assertThat(api.get(username, "/api/me").status()).isEqualTo(401);
    assertThat(put("ada", "/api/admin/users/" + username + "/active", "{\"active\":true}"))
        .isEqualTo(200);
    assertThat(api.get(username, "/api/me").status()).isEqualTo(200);

    // a password reset: the old password stops working at once, the new one works
    String passwordPath = "/api/admin/users/" + username + "/password";
    assertThat(put("ada", passwordPath, "{\"password\":\"short\"}")).isEqualTo(400);
    assertThat(put("olivia", passwordPath, "{\"password\":\"reset-pass-123\"}")).isEqualTo(403);
    assertThat(put("ada", passwordPath, "{\"password\":\"reset-pass-123\"}")).isEqualTo(200);
    assertThat(api.get(username, "/api/me").status()).isEqualTo(401);
    assertThat(put("ada", passwordPath, "{\"password\":\"" + username + "-demo\"}")).isEqualTo(200);
    assertThat(api.get(username, "/api/me").status()).isEqualTo(200);

    // the second firm's originator sees its own assets, never the first firm's
    String olivias =
        api.submitComplete("Harbour private tower " + suffix, "10").json().get("id").asText();
    String mine = asset.json().get("id").asText();
    assertThat(api.get(username, "/api/assets").body()).contains(mine).doesNotContain(olivias);
    assertThat(api.get(username, "/api/assets/" + olivias).status()).isIn(403, 404);
    assertThat(api.get("olivia", "/api/assets").body()).contains(olivias).doesNotContain(mine);

    JsonNode audit = api.get("ada", "/api/admin/audit").json();
    String trail = audit.toString();
    assertThat(trail)
        .contains(
            "ORGANISATION_CREATED",
            orgId,
            "USER_CREATED",
            "USER_DISABLED",
            "USER_ENABLED",
            "PASSWORD_RESET")
        .doesNotContain("reset-pass-123");
    assertThat(audit.get(0).get("actor").asText()).isEqualTo("ada");
    assertThat(audit.get(0).get("action").asText()).isEqualTo("PASSWORD_RESET");
  }

  @Test
  void onlyAdministratorsAdminister() throws Exception {
    String body = "{\"name\":\"X\",\"kind\":\"ORIGINATOR\",\"x500Name\":\"O=X, L=Y, C=CN\"}";
    for (String user : new String[] {"olivia", "tom", "rita"}) {
      assertThat(api.postJson(user, "/api/admin/organisations", body).status()).isEqualTo(403);
      assertThat(api.get(user, "/api/admin/audit").status()).isEqualTo(403);
      assertThat(api.get(user, "/api/admin/organisations").status()).isEqualTo(403);
      assertThat(put(user, "/api/admin/users/olivia/active", "{\"active\":false}")).isEqualTo(403);
    }
    assertThat(api.get("olivia", "/api/me").status()).isEqualTo(200);
  }

  @Test
  void aJobLockedByADeadNodeIsShownAsStuck() throws Exception {
    String assetId = api.submitComplete("Stuck job", "10").json().get("id").asText();
    String jobId = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)) && jobId == null; i++) {
      try (var db = Api.database();
          var q =
              db.prepareStatement(
                  "select j.id_ from act_ru_job j join act_ru_execution e"
                      + " on e.proc_inst_id_ = j.process_instance_id_ and e.id_ = e.proc_inst_id_"
                      + " where e.business_key_ = ? and j.type_ = 'timer' and j.lock_owner_ is null"
                      + " limit 1")) {
        q.setString(1, assetId);
        var rs = q.executeQuery();
        if (rs.next()) {
          jobId = rs.getString(1);
        } else {
          Poll.pause();
        }
      }
    }
    assertThat(jobId).as("a job of " + assetId).isNotNull();
    // what a node killed while running the job leaves behind: its lock, expiring in five minutes
    try (var db = Api.database();
        var u =
            db.prepareStatement(
                "update act_ru_job set lock_owner_ = 'node-that-died',"
                    + " lock_exp_time_ = now() + interval '5 minutes' where id_ = ?")) {
      u.setString(1, jobId);
      assertThat(u.executeUpdate()).isEqualTo(1);
    }
    try {
      Api.Reply locked = api.get("ada", "/api/admin/locked-jobs");
      assertThat(locked.status()).as(locked.body()).isEqualTo(200);
      JsonNode job = null;
      for (JsonNode j : locked.json()) {
        if (j.get("jobId").asText().equals(jobId)) {
          job = j;
        }
      }
      assertThat(job).as(locked.body()).isNotNull();
      assertThat(job.get("businessKey").asText()).isEqualTo(assetId);
      assertThat(job.get("lockOwner").asText()).isEqualTo("node-that-died");
      assertThat(job.get("ownerAlive").asBoolean()).isFalse();
      assertThat(job.get("stuck").asBoolean()).isTrue();
      assertThat(job.has("lockExpiry")).isTrue();
      assertThat(job.get("retries").asInt()).isPositive();
      assertThat(api.get("olivia", "/api/admin/locked-jobs").status()).isEqualTo(403);
    } finally {
      try (var db = Api.database();
          var u =
              db.prepareStatement(
                  "update act_ru_job set lock_owner_ = null, lock_exp_time_ = null where id_ = ?")) {
        u.setString(1, jobId);
        u.executeUpdate();
      }
    }
  }

  private int put(String user, String path, String json) throws Exception {
    String token = user + ":" + user + "-demo";
    HttpRequest request =
        HttpRequest.newBuilder(api.uri(path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }
}
