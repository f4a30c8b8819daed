package org.cornerstone.securitization.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cornerstone.securitization.application.WaterfallScenarios.Scenario;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** The analyst's what-if: inputs checked and named, the engine's refusals placed under a field. */
public class WaterfallScenariosTest {
  public static final String DEAL =
      """
      {"dealId": "SEQ-2027-1", "name": "Sequential Example Trust 2027-1", "currency": "CNY",
       "closingDate": "2027-01-15", "firstPaymentDate": "2027-02-15",
       "paymentFrequency": "MONTHLY", "pool": {"originalBalance": "10000000.00"},
       "tranches": [
         {"name": "A", "class": "SENIOR", "balance": "8000000.00", "coupon": "0.06"},
         {"name": "B", "class": "MEZZANINE", "balance": "1200000.00", "coupon": "0.09"},
         {"name": "E", "class": "EQUITY", "balance": "800000.00"}],
       "principalPayment": "SEQUENTIAL",
       "fees": [{"name": "trustee", "fixed": "1000.00"}, {"name": "servicer", "rate": "0.012"}],
       "triggers": []}
      """;
  public static final String COLLECTIONS =
      """
      [{"period": 1, "interest": "70000.00", "principal": "500000.00", "recoveries": "0.00",
        "losses": "0.00"},
       {"period": 2, "interest": "66000.00", "principal": "400000.00", "recoveries": "0.00",
        "losses": "0.00"}]
      """;
  public static final String TAPE =
      "id,obligor,balance,rate,term,remaining_term,status\n"
          + "L-1,Harbour Foods Co.,6000000.00,0.06,24,24,PERFORMING\n"
          + "L-2,Pearl River Logistics,4000000.00,0.06,12,12,PERFORMING\n";

  final WaterfallScenarios scenarios = new WaterfallScenarios();

  @Test
  void collectionsRunPeriodByPeriodInJsonAndCsv() throws Exception {
    WaterfallScenarios.Outcome outcome =
        scenarios.run(new Scenario(DEAL, COLLECTIONS, null, null, null, null));

    assertThat(outcome.dealId()).isEqualTo("SEQ-2027-1");
    assertThat(outcome.periods()).isEqualTo(2);
    JsonNode first = new ObjectMapper().readTree(outcome.json()).get("periods").get(0);
    // by hand: A 8,000,000.00 × 6 % / 12 = 40,000.00; B 1,200,000.00 × 9 % / 12 = 9,000.00;
    // sequential: all 500,000.00 of principal to A
    assertThat(first.get("tranches").get(0).get("interestPaid").asText()).isEqualTo("40000.00");
    assertThat(first.get("tranches").get(1).get("interestPaid").asText()).isEqualTo("9000.00");
    assertThat(first.get("tranches").get(0).get("principalPaid").asText()).isEqualTo("500000.00");
    assertThat(first.get("tranches").get(0).get("balanceEnd").asText()).isEqualTo("7500000.00");
    assertThat(outcome.csv().lines()).hasSize(3); // a header and a row per period
  }

  @Test
  void aTapeIsProjectedForAtMostTheGivenPeriods() {
    WaterfallScenarios.Outcome outcome =
        scenarios.run(new Scenario(DEAL, null, TAPE, "0.06", "0.02", 6));

    assertThat(outcome.periods()).isEqualTo(6);
    WaterfallScenarios.Outcome whole =
        scenarios.run(new Scenario(DEAL, null, TAPE, null, null, null));
    assertThat(whole.periods()).isEqualTo(24); // the longer loan's 24 months, not 360
  }

  @Test
  void missingOrContradictoryFieldsAreRefusedByName() {
    assertRefused(
        new Scenario(null, COLLECTIONS, null, null, null, null), WaterfallScenarios.NO_DEAL);
    assertRefused(
        new Scenario(DEAL, COLLECTIONS, TAPE, null, null, null), WaterfallScenarios.ONE_SOURCE);
    assertRefused(new Scenario(DEAL, null, null, null, null, null), WaterfallScenarios.ONE_SOURCE);
    assertRefused(
        new Scenario(DEAL, COLLECTIONS, null, "0.06", null, null),
        WaterfallScenarios.ASSUMPTIONS_NEED_TAPE);
    assertRefused(
        new Scenario(DEAL, null, TAPE, "1.5", null, null),
        "Field 'cpr' must be an annual rate from 0 up to (not including) 1.");
    assertRefused(
        new Scenario(DEAL, null, TAPE, null, "-0.01", null),
        "Field 'cdr' must be an annual rate from 0 up to (not including) 1.");
    assertRefused(new Scenario(DEAL, null, TAPE, null, null, 0), WaterfallScenarios.BAD_PERIODS);
    assertRefused(
        new Scenario(DEAL, null, TAPE, null, null, WaterfallScenarios.MAX_PERIODS + 1),
        WaterfallScenarios.BAD_PERIODS);
  }

  @Test
  void theEnginesRefusalsNameTheFieldAndThePlace() {
    assertThatThrownBy(
            () ->
                scenarios.run(
                    new Scenario(
                        DEAL.replace("\"1200000.00\"", "\"1200000.005\""),
                        COLLECTIONS,
                        null,
                        null,
                        null,
                        null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("deal.tranches[1].balance: ");
    assertThatThrownBy(
            () -> scenarios.run(new Scenario("\"a deal\"", COLLECTIONS, null, null, null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("deal: ");
    assertThatThrownBy(
            () ->
                scenarios.run(
                    new Scenario(
                        DEAL,
                        COLLECTIONS.replace("\"66000.00\"", "\"-66000.00\""),
                        null,
                        null,
                        null,
                        null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("collections[1].interest: ");
    assertThatThrownBy(
            () ->
                scenarios.run(
                    new Scenario(
                        DEAL, null, TAPE.replace("4000000.00", "4000000.01"), null, null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "tape: the performing and delinquent loans add up to 10000000.01, the deal's"
                + " pool.originalBalance is 10000000.00");
    assertThatThrownBy(
            () ->
                scenarios.run(
                    new Scenario(DEAL, null, TAPE.replace("0.06,12", "six,12"), null, null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("tape: line 3");
  }

  private void assertRefused(Scenario scenario, String message) {
    assertThatThrownBy(() -> scenarios.run(scenario))
        .isInstanceOf(ValidationException.class)
        .hasMessage(message);
  }
}
