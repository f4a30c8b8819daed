package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 15: the review inbox is pushed, not polled. bella keeps her inbox open; ivan asks for a
 * deposit over the API; the new task appears on her screen without a reload well before the
 * fallback poll (30 s) could have fetched it, and leaves it once it is decided elsewhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxPushIT {
  final URL base = SuiteDeployment.base();

  @Test
  void aNewTaskAppearsInAnOpenInboxWithoutAReload() throws Exception {
    Api api = new Api(base);
    try (Browser browser = new Browser(base)) {
      browser.signIn("bella");
      browser.open("inbox");
      browser.visible(By.id("tasks-grid"));
      // a push subscription is made on attach: give the page a moment to settle
      Thread.sleep(1_000);
      long before = rows(browser);

      String reference = "PUSH-" + UUID.randomUUID().toString().substring(0, 8);
      Api.Reply deposit =
          api.postJson(
              "ivan",
              "/api/cash/deposits",
              "{\"amount\":\"10.00\",\"currency\":\"CNY\",\"reference\":\""
                  + reference
                  + "\",\"requestKey\":\""
                  + UUID.randomUUID()
                  + "\"}");
      assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
      String id = deposit.json().get("id").asText();

      // the grid's row count (not its text: a long inbox renders only the rows in view)
      waitForRows(browser, before + 1);
      browser.screenshot("90-inbox-pushed-new-task");

      // decided over the API: it leaves the open inbox too
      String task = api.taskOf("bella", id).orElseThrow().get("taskId").asText();
      Api.Reply confirmed =
          api.postJson(
              "bella",
              "/api/tasks/" + task + "/decision",
              "{\"decision\":\"REJECT\",\"comment\":\"No such wire.\"}");
      assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
      waitForRows(browser, before);
    }
  }

  private static long rows(Browser browser) {
    return ((Number) browser.js("return arguments[0].size;", browser.visible(By.id("tasks-grid"))))
        .longValue();
  }

  /** Waits up to 12 s (well under the 30 s fallback poll) for the open grid to hold {@code n}. */
  private static void waitForRows(Browser browser, long n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(12).toNanos();
    while (rows(browser) != n && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertThat(rows(browser)).as("rows in the open inbox").isEqualTo(n);
  }
}
