package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A distribution end to end over REST on WildFly, PostgreSQL and the embedded ledger: ivan holds
 * 100 of 1000 tokens (the issuer keeps the rest); olivia reports a rent collection of 123,456.78
 * CNY; tom approves, then sam (above the four-eyes amount); the record-date and payment-date timers
 * are brought forward in the engine's job table (the only thing the test changes: when they fire);
 * the entitlements add up to the net exactly, ivan's 10 % less 20 % withholding is paid in cash
 * tokens once, and his income shows it. Bad reports are refused with every problem at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DistributionApiIT {
  final URL base = SuiteDeployment.base();

  @Test
  void oliviaReportsTrusteesApproveAndIvanIsPaidOnceInCashTokens() throws Exception {
    Api api = new Api(base);
    String instrument = TradingSetup.ivanHoldsTokensOfANewAsset(api, 100);
    long cashBefore = TradingSetup.cashMinor(api, "ivan");
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    Api.Reply refused =
        api.postMultipart(
            "olivia",
            "/api/distributions",
            new Api.Multipart()
                .field("instrumentId", instrument)
                .field("period", "")
                .field("grossAmount", "1e3")
                .field("costs", "5")
                .field("recordDate", today)
                .field("paymentDate", "2000-01-01"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("period", "The gross amount", "payment date", "evidence");

    Api.Reply reported =
        api.postMultipart(
            "olivia",
            "/api/distributions",
            new Api.Multipart()
                .field("instrumentId", instrument)
                .field("period", "2026-11")
                .field("grossAmount", "123,500.00")
                .field("costs", "43.22")
                .field("recordDate", today)
                .field("paymentDate", today)
                .file(
                    "EVIDENCE",
                    "rent-roll.pdf",
                    "application/pdf",
                    Samples.pdf("Rent roll 2026-11")));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    String id = reported.json().get("summary").get("distributionId").asText();
    assertThat(reported.json().get("summary").get("netMinor").asLong()).isEqualTo(12_345_678);
    assertThat(api.get("ivan", "/api/distributions").status()).isEqualTo(403);

    TradingSetup.decide(api, "tom", id, "Rent roll matches the bank statement");
    // Above 100,000.00: a senior trustee other than tom approves too.
    TradingSetup.decide(api, "sam", id, "Second approval");
    fireTimers(id);
    fireTimers(id); // the payment-date timer is created after the first one fired

    JsonNode d = null;
    for (int i = 0; i < 120; i++) {
      fireTimers(id);
      d = api.get("olivia", "/api/distributions/" + id).json();
      if ("PAID".equals(d.get("summary").get("state").asText())) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(d.get("summary").get("state").asText()).as(d.toString()).isEqualTo("PAID");
    assertThat(d.get("firstApprover").asText()).isEqualTo("tom");
    assertThat(d.get("secondApprover").asText()).isEqualTo("sam");
    long sum = 0;
    JsonNode ivan = null;
    for (JsonNode e : d.get("entitlements")) {
      sum += e.get("grossMinor").asLong();
      if (e.get("holder").asText().contains("Ivy Capital")) {
        ivan = e;
      }
    }
    assertThat(sum).isEqualTo(12_345_678);
    assertThat(ivan).as(d.toString()).isNotNull();
    assertThat(ivan.get("quantity").asLong()).isEqualTo(100);
    assertThat(ivan.get("grossMinor").asLong())
        .isEqualTo(1_234_568); // 10 %, rounded up by remainder
    assertThat(ivan.get("state").asText()).isEqualTo("PAID");
    long net = ivan.get("netMinor").asLong();
    assertThat(net).isEqualTo(1_234_568 - ivan.get("taxMinor").asLong());

    JsonNode income = api.get("ivan", "/api/income").json();
    JsonNode mine = null;
    for (JsonNode p : income) {
      if (p.get("distributionId").asText().equals(id)) {
        mine = p;
      }
    }
    assertThat(mine).as(income.toString()).isNotNull();
    assertThat(mine.get("state").asText()).isEqualTo("PAID");
    assertThat(mine.get("netMinor").asLong()).isEqualTo(net);
    assertThat(TradingSetup.cashMinor(api, "ivan") - cashBefore).isEqualTo(net);

    Api.Reply again =
        api.postMultipart(
            "olivia",
            "/api/distributions",
            new Api.Multipart()
                .field("instrumentId", instrument)
                .field("period", "2026-11")
                .field("grossAmount", "1.00")
                .field("costs", "0")
                .field("recordDate", today)
                .field("paymentDate", today)
                .file("EVIDENCE", "rent-roll.pdf", "application/pdf", Samples.pdf("again")));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("reported already");
  }

  /** Brings the distribution's waiting timers forward to now, so the job executor runs them. */
  private static void fireTimers(String distributionId) throws Exception {
    try (Connection db = Api.database();
        PreparedStatement s =
            db.prepareStatement(
                "update act_ru_job set duedate_ = ? where type_ = 'timer' and process_instance_id_ in"
                    + " (select id_ from act_ru_execution where business_key_ = ?)")) {
      s.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.SECONDS)));
      s.setString(2, distributionId);
      s.executeUpdate();
    }
    Thread.sleep(300);
  }

  static String unique() {
    return UUID.randomUUID().toString();
  }
}
