package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deal's loan tape over REST (issue 14, ADR 0028): arthur uploads a tape of small loans to a
 * draft deal; each bad file is refused with its line and changes nothing; the eligible loans count
 * in the pool balance and the deal file; a tape with an ineligible loan is not submitted; at
 * closing the tape is recorded as assigned to the SPV and the servicer gets a report prefilled from
 * it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DealTapeApiIT {
  static final String HEADER = "id,obligor,balance,rate,term,remaining_term,status\n";
  final URL base = SuiteDeployment.base();
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  static Api.Reply upload(Api api, String dealId, String fileName, byte[] csv) {
    return api.sendMultipart(
        "arthur",
        "PUT",
        "/api/v1/deals/" + dealId + "/tape",
        new Api.Multipart().file("TAPE", fileName, "text/csv", csv));
  }

  /** Six performing loans of 10,000.00, one obligor each (16.67 % each), and optionally more. */
  static String sixLoans() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 6; i++) {
      csv.append("L")
          .append(i)
          .append(",Obligor ")
          .append(i)
          .append(",10000.00,0.06,36,24,PERFORMING\n");
    }
    return csv.toString();
  }

  @Test
  void arthurUploadsATapeBadFilesChangeNothingAndIneligibleLoansStopTheSubmission() {
    Api.Reply deal =
        api.postJson(
            "arthur",
            "/api/v1/deals",
            DealApiIT.dealBody(
                "Harbour Loans " + UUID.randomUUID().toString().substring(0, 6),
                "harbour-realty",
                UUID.randomUUID().toString()));
    assertThat(deal.status()).as(deal.body()).isEqualTo(201);
    String id = deal.json().get("id").asText();
    String withDelinquent = sixLoans() + "L7,Obligor 7,5000.00,0.06,36,24,DELINQUENT\n";

    Api.Reply stored = upload(api, id, "loans.csv", bytes(withDelinquent));
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    assertThat(stored.json().get("loanCount").asInt()).isEqualTo(7);
    assertThat(stored.json().get("poolBalance").asText()).isEqualTo("60000.00");
    assertThat(stored.json().get("ineligibleCount").asInt()).isEqualTo(1);
    String sha = stored.json().get("sha256").asText();
    JsonNode view = api.get("arthur", "/api/v1/deals/" + id).json();
    assertThat(view.get("poolBalance").asText()).isEqualTo("60000.00");
    assertThat(view.get("tape").get("sha256").asText()).isEqualTo(sha);

    // readers read the loans with their eligibility; other roles may not upload
    Api.Reply read = api.get("tom", "/api/v1/deals/" + id + "/tape");
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().get("loans")).hasSize(7);
    JsonNode l7 = read.json().get("loans").get(6);
    assertThat(l7.get("eligible").asBoolean()).isFalse();
    assertThat(l7.get("checks").get(0).get("detail").asText()).contains("delinquent");
    Api.Reply olivia =
        api.sendMultipart(
            "olivia",
            "PUT",
            "/api/v1/deals/" + id + "/tape",
            new Api.Multipart().file("TAPE", "x.csv", "text/csv", bytes(sixLoans())));
    assertThat(olivia.status()).isEqualTo(403);

    // every bad file: 400 with the line, and the stored tape unchanged
    refused(id, "id,borrower\nL1,x\n", "line 1: the header must be");
    refused(id, HEADER + "L1,A,-1.00,0.06,36,24,PERFORMING\n", "line 2, column balance");
    refused(id, HEADER + "L1,A,99999999999.00,0.06,36,24,PERFORMING\n", "must be at most");
    refused(id, HEADER + "L1,A,1.00,6%,36,24,PERFORMING\n", "line 2, column rate");
    refused(
        id,
        HEADER + "L1,A,1.00,0.06,36,24,PERFORMING\nL1,B,1.00,0.06,36,24,PERFORMING\n",
        "duplicate id \\\"L1\\\" (first on line 2)");
    refused(id, "", "The loan tape is empty");
    byte[] big = new byte[8 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'x');
    Api.Reply tooBig = upload(api, id, "big.csv", big);
    assertThat(tooBig.status()).as(tooBig.body()).isEqualTo(400);
    assertThat(tooBig.body()).contains("at most 8 MiB");
    assertThat(
            api.get("arthur", "/api/v1/deals/" + id + "/tape")
                .json()
                .get("summary")
                .get("sha256")
                .asText())
        .isEqualTo(sha);

    // the delinquent loan stops the submission
    Api.Reply submitted = api.postJson("arthur", "/api/v1/deals/" + id + "/submission", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(400);
    assertThat(submitted.body()).contains("1 ineligible loans", "L7 (STATUS");

    // a clean tape: the structure sums to its balance and the deal file carries it
    assertThat(upload(api, id, "clean.csv", bytes(sixLoans())).status()).isEqualTo(200);
    Api.Reply defined =
        api.putJson(
            "arthur",
            "/api/v1/deals/" + id + "/structure",
            DealApiIT.structure(new BigDecimal("48000.00"), new BigDecimal("12000.00")).toString());
    assertThat(defined.status()).as(defined.body()).isEqualTo(200);
    assertThat(api.get("arthur", "/api/v1/deals/" + id + "/deal-file").body())
        .contains("\"originalBalance\" : \"60000.00\"");
    // a tape alone cannot close: the true sale needs a tokenized asset to move on the ledger
    Api.Reply tapeOnly = api.postJson("arthur", "/api/v1/deals/" + id + "/submission", "");
    assertThat(tapeOnly.status()).as(tapeOnly.body()).isEqualTo(400);
    assertThat(tapeOnly.body()).contains("at least one tokenized asset besides the loan tape");

    // removed: the pool is empty again
    assertThat(api.send("arthur", "DELETE", "/api/v1/deals/" + id + "/tape", null).status())
        .isEqualTo(204);
    assertThat(api.get("arthur", "/api/v1/deals/" + id).json().get("poolBalance").asText())
        .isEqualTo("0.00");
    assertThat(api.get("arthur", "/api/v1/deals/" + id + "/tape").status()).isEqualTo(404);
  }

  @Test
  void closingAssignsTheTapeToTheSpvAndTheServicerReportIsPrefilledFromIt() throws Exception {
    // nine loans of half the building's balance each: the building is 18 % of the pool, each 9 %
    ClosedDeals.Closed closed =
        ClosedDeals.close(
            api,
            null,
            building -> {
              String half =
                  building.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN).toPlainString();
              StringBuilder csv = new StringBuilder(HEADER);
              for (int i = 1; i <= 9; i++) {
                csv.append("C")
                    .append(i)
                    .append(",Borrower ")
                    .append(i)
                    .append(',')
                    .append(half)
                    .append(",0.06,36,24,PERFORMING\n");
              }
              return bytes(csv.toString());
            });

    JsonNode tape = api.get("tom", "/api/v1/deals/" + closed.id()).json().get("tape");
    assertThat(tape.get("assignedAt").isNull()).as(tape.toString()).isFalse();
    assertThat(tape.get("assignedLoanCount").asInt()).isEqualTo(9);
    assertThat(tape.get("assignedBalance").asText()).isEqualTo(tape.get("poolBalance").asText());
    Api.Reply upload = upload(api, closed.id(), "late.csv", bytes(sixLoans()));
    assertThat(upload.status()).as("a closed deal's tape does not change").isEqualTo(409);

    Api.Reply report =
        api.get("silas", "/api/v1/deals/" + closed.id() + "/payment-dates/next/from-tape");
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().get("period").asInt()).isEqualTo(1);
    assertThat(new BigDecimal(report.json().get("interest").asText())).isPositive();
    assertThat(new BigDecimal(report.json().get("principal").asText())).isPositive();
    assertThat(report.json().get("currentCount").asInt()).isEqualTo(9);
  }

  private void refused(String id, String csv, String message) {
    Api.Reply reply = upload(api, id, "bad.csv", bytes(csv));
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.body()).contains(message);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
