package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The audit log of user actions on the running application: what is recorded (state-changing API
 * calls with their outcome and reason, failed sign-ins, the screens' actions, sign-in and
 * sign-out), from where (X-Forwarded-For only from a trusted proxy; none is configured here), how
 * the auditor reads it (filters, pages, CSV; nobody else may), and that PostgreSQL refuses to
 * change or delete a line.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserActionAuditIT {
  final URL base = SuiteDeployment.base();

  private static List<JsonNode> lines(Api api, String query) {
    Api.Reply reply = api.get("audrey", "/api/audit/user-actions?" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<JsonNode> lines = new ArrayList<>();
    reply.json().get("items").forEach(lines::add);
    return lines;
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void stateChangingCallsAreRecordedWithTheirOutcome() {
    Api api = new Api(base);
    String reference = "audit " + UUID.randomUUID();
    // succeeded
    Api.Reply deposit =
        api.postJson(
            "jade",
            "/api/cash/deposits",
            "{\"amount\":\"2.00\",\"currency\":\"CNY\",\"reference\":\""
                + reference
                + "\",\"requestKey\":\""
                + UUID.randomUUID()
                + "\"}");
    assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
    JsonNode done =
        lines(api, "user=jade&action=" + q("POST /api/cash/deposits") + "&size=1").get(0);
    assertThat(done.get("outcome").asText()).isEqualTo("SUCCEEDED");
    assertThat(done.get("channel").asText()).isEqualTo("REST");
    assertThat(done.get("subject").asText()).isEqualTo("/api/cash/deposits");
    assertThat(done.get("organisation").asText()).isNotBlank();
    assertThat(done.get("clientAddress").asText()).isNotBlank();

    // refused by validation: the reason lists the problems
    Api.Reply open = api.postJson("olivia", "/api/offerings", "{}");
    assertThat(open.status()).isEqualTo(400);
    JsonNode refused =
        lines(api, "user=olivia&action=" + q("POST /api/offerings") + "&outcome=REFUSED&size=1")
            .get(0);
    assertThat(refused.get("reason").asText()).startsWith("The request has problems.");

    // refused by the role
    assertThat(api.postJson("ivan", "/api/admin/users", "{}").status()).isEqualTo(403);
    JsonNode forbidden =
        lines(api, "user=ivan&action=" + q("POST /api/admin/users") + "&size=1").get(0);
    assertThat(forbidden.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(forbidden.get("reason").asText())
        .isEqualTo("Your role does not allow this request.");

    // reads are not recorded
    long before = total(api, "user=jade&action=" + q("GET "));
    assertThat(api.get("jade", "/api/cash").status()).isEqualTo(200);
    assertThat(total(api, "user=jade&action=" + q("GET "))).isEqualTo(before).isZero();
  }

  private static long total(Api api, String query) {
    Api.Reply reply = api.get("audrey", "/api/audit/user-actions?size=1&" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().get("total").asLong();
  }

  @Test
  void aFailedSignInIsRecordedAndAForgedForwardedForIsIgnored() throws Exception {
    Api api = new Api(base);
    String who = "ghost" + UUID.randomUUID().toString().substring(0, 8);
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(api.uri("/api/me"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((who + ":wrong").getBytes(StandardCharsets.UTF_8)))
            .header("X-Forwarded-For", "198.51.100.77")
            .GET()
            .build();
    assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(401);
    List<JsonNode> found = lines(api, "user=" + who);
    assertThat(found).hasSize(1);
    JsonNode line = found.get(0);
    assertThat(line.get("action").asText()).isEqualTo("SIGN_IN");
    assertThat(line.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(line.get("reason").asText()).isEqualTo("Wrong username or password.");
    // no proxy is trusted: the connection's address counts, not what the client wrote
    assertThat(line.get("clientAddress").asText()).isNotEqualTo("198.51.100.77");
    assertThat(line.get("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
  }

  @Test
  void onlyTheAuditorReadsTheLogWithFiltersPagesAndCsv() {
    Api api = new Api(base);
    // a few lines of ivan's for certain
    for (int i = 0; i < 3; i++) {
      assertThat(api.postJson("ivan", "/api/admin/organisations", "{}").status()).isEqualTo(403);
    }
    Api.Reply first = api.get("audrey", "/api/audit/user-actions?user=ivan&size=2&page=0");
    Api.Reply second = api.get("audrey", "/api/audit/user-actions?user=ivan&size=2&page=1");
    assertThat(first.json().get("items")).hasSize(2);
    assertThat(first.json().get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(second.json().get("items").size()).isGreaterThanOrEqualTo(1);
    assertThat(first.json().get("items").get(0).get("id").asLong())
        .isGreaterThan(second.json().get("items").get(0).get("id").asLong());
    // newest first, ivan's only
    for (JsonNode line : first.json().get("items")) {
      assertThat(line.get("user").asText()).isEqualTo("ivan");
    }
    // a period in the future holds nothing; a bad period or outcome is refused with a message
    assertThat(total(api, "from=2999-01-01")).isZero();
    Api.Reply badPeriod =
        api.get("audrey", "/api/audit/user-actions?from=2026-12-06&to=2026-12-01");
    assertThat(badPeriod.status()).isEqualTo(400);
    assertThat(badPeriod.body()).contains("The period's start must be before its end.");
    Api.Reply badOutcome = api.get("audrey", "/api/audit/user-actions?outcome=MAYBE");
    assertThat(badOutcome.status()).isEqualTo(400);
    assertThat(badOutcome.body()).contains("outcome must be one of SUCCEEDED, REFUSED, FAILED");
    assertThat(api.get("audrey", "/api/audit/user-actions?size=100000").status()).isEqualTo(400);
    Api.Reply badPage = api.get("audrey", "/api/audit/user-actions?page=two");
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(badPage.body()).contains("page must be a whole number");

    Api.Reply csv = api.get("audrey", "/api/audit/user-actions.csv?user=ivan&outcome=REFUSED");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String[] rows = csv.body().split("\r\n");
    assertThat(rows[0])
        .isEqualTo("id,at,user,organisation,channel,action,subject,client_address,outcome,reason");
    assertThat(rows.length).isGreaterThanOrEqualTo(4);
    assertThat(rows[1]).contains(",ivan,").contains(",REFUSED,");

    for (String user : new String[] {"ada", "tom", "ivan", "rita"}) {
      assertThat(api.get(user, "/api/audit/user-actions").status()).isEqualTo(403);
      assertThat(api.get(user, "/api/audit/user-actions.csv").status()).isEqualTo(403);
    }
    // the auditor reads the other audits too
    assertThat(api.get("audrey", "/api/admin/audit").status()).isEqualTo(200);
    assertThat(api.get("audrey", "/api/audit/actions").status()).isEqualTo(200);
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteALine() throws Exception {
    Api api = new Api(base);
    assertThat(api.postJson("ivan", "/api/admin/users", "{}").status()).isEqualTo(403);
    try (Connection db = Api.database();
        Statement sql = db.createStatement()) {
      assertThatThrownBy(
              () -> sql.executeUpdate("update user_action set outcome = 'SUCCEEDED' where id > 0"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("user_action is append-only: UPDATE is not allowed");
      assertThatThrownBy(() -> sql.executeUpdate("delete from user_action where id > 0"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("user_action is append-only: DELETE is not allowed");
      assertThatThrownBy(() -> sql.executeUpdate("truncate user_action"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("user_action is append-only: TRUNCATE is not allowed");
      try (var rows = sql.executeQuery("select count(*) from user_action")) {
        rows.next();
        assertThat(rows.getLong(1)).isPositive();
      }
    }
  }

  @Test
  void theScreensActionsSignInsAndSignOutsAreRecordedAndTheAuditorSeesThem() throws Exception {
    String firm = "Audit Firm " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser(base)) {
      browser.signIn("ada");
      browser.open("admin");
      browser.type(By.cssSelector("#new-organisation-name input"), firm);
      browser.type(
          By.cssSelector("#new-organisation-x500 input"), "O=" + firm + ", L=Xiamen, C=CN");
      browser.click(By.id("add-organisation"));
      browser.waitForText(By.id("audit-grid"), "ORGANISATION_CREATED");
      browser.signOut();

      browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
      browser.signIn("audrey");
      // the auditor lands on the audit log
      browser.visible(By.id("user-action-audit-view"));
      browser.type(By.cssSelector("#audit-filter-user input"), "ada");
      browser.click(By.id("audit-filter-apply"));
      browser.waitForText(By.id("user-action-grid"), "Administration.createOrganisation");
      String grid = browser.visible(By.id("user-action-grid")).getText();
      assertThat(grid).contains("UI SIGN_IN").contains("UI SIGN_OUT");
      Object overflow =
          browser.js(
              "const t = document.getElementById('user-action-grid').$.table;"
                  + " return t.scrollWidth - t.clientWidth;");
      assertThat(((Number) overflow).longValue())
          .as("the audit grid scrolls sideways at 1280 px")
          .isLessThanOrEqualTo(0);
      browser.screenshot("audit-01-user-actions-1280");
      assertThat(browser.visible(By.id("audit-csv")).getAttribute("href")).isNotBlank();
      assertThat(browser.visible(By.id("admin-audit-grid")).getText())
          .contains("ORGANISATION_CREATED");
      // nothing on the screen changes anything: no button but the filter
      Object buttons =
          browser.js(
              "return Array.from(document.querySelectorAll('#user-action-audit-view vaadin-button'))"
                  + ".map(b => b.id).join(',');");
      assertThat(buttons).isEqualTo("audit-filter-apply");
    }
    Api api = new Api(base);
    JsonNode created =
        lines(api, "user=ada&action=" + q("Administration.createOrganisation") + "&size=1").get(0);
    assertThat(created.get("channel").asText()).isEqualTo("UI");
    assertThat(created.get("outcome").asText()).isEqualTo("SUCCEEDED");
    assertThat(created.get("clientAddress").asText()).isNotBlank();
  }
}
