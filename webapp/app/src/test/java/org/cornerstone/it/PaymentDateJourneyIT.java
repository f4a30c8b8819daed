package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A payment date in the browser (issue 14): silas enters the servicer report of period 1 on the
 * deal's payment-dates page, tom reviews the waterfall in his inbox (tranches, trigger table, step
 * log) and approves it, the payment dates page then shows the period paid with its investor
 * reports. Screenshots {@code p0-…p3-}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentDateJourneyIT {
  final URL base = SuiteDeployment.base();

  @Test
  void silasReportsTomReviewsTheWaterfallAndThePeriodIsPaid() throws Exception {
    Api api = new Api(base);
    ClosedDeals.Closed deal = ClosedDeals.close(api, null);
    BigDecimal pool = deal.pool();
    String page = "deals/" + deal.id() + "/payment-dates";
    String paymentDate = deal.id() + "-P1";
    try (Browser browser = new Browser(base)) {
      browser.signIn("silas");
      browser.open(page);
      browser.visible(By.id("payment-date-submit"));
      browser.type(
          By.cssSelector("#payment-date-interest input"), PaymentDateApiIT.share(pool, "0.01"));
      browser.type(
          By.cssSelector("#payment-date-principal input"), PaymentDateApiIT.share(pool, "0.02"));
      browser.type(By.cssSelector("#payment-date-recoveries input"), "0");
      browser.type(By.cssSelector("#payment-date-losses input"), "0");
      browser.type(
          By.cssSelector("#payment-date-current input"), PaymentDateApiIT.share(pool, "0.98"));
      browser.type(By.cssSelector("#payment-date-currentCount input"), "1");
      browser.screenshot("p0-servicer-report-form");
      browser.click(By.id("payment-date-submit"));
      browser.waitForText(By.id("payment-dates-grid"), "Waterfall under review");
      browser.screenshot("p1-payment-dates-under-review");
      browser.signOut();

      browser.signIn("tom");
      browser.open("inbox");
      browser.clickCell("tasks-grid", paymentDate);
      browser.waitForText(By.id("task-subject"), paymentDate);
      browser.waitForText(By.id("payment-date-review-triggers"), "OC-A");
      browser.visible(By.id("payment-date-review-tranches"));
      browser.visible(By.id("payment-date-review-log"));
      browser.click(By.id("claim"));
      browser.type(By.cssSelector("#review-comment textarea"), "Waterfall checked.");
      browser.screenshot("p2-trustee-reviews-waterfall");
      browser.click(By.id("approve"));
      browser.visible(By.id("tasks-grid"));

      String status = "";
      for (int i = 0; i < 120 && !"PAID".equals(status); i++) {
        status =
            api.get("tom", "/api/v1/deals/" + deal.id() + "/payment-dates/1")
                .json()
                .get("status")
                .asText();
        Thread.sleep(500);
      }
      assertThat(status).isEqualTo("PAID");
      browser.open(page);
      browser.waitForText(By.id("payment-dates-grid"), "Paid");
      browser.visible(By.id("payment-date-report-1-en"));
      browser.screenshot("p3-payment-dates-paid");
    }
  }
}
