package org.cornerstone.waterfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DealFileReaderTest {

  private static void refused(String file, Consumer<ObjectNode> change, String message) {
    String json = Examples.changed(file, change);
    assertThatThrownBy(() -> DealFileReader.read(json))
        .isInstanceOf(DealFileException.class)
        .hasMessage(message);
  }

  @Test
  void readsTheContractExample() {
    Deal deal = Examples.deal(Examples.PRO_RATA);
    assertThat(deal.dealId()).isEqualTo("PRO-2027-1");
    assertThat(deal.minorDigits()).isEqualTo(2);
    assertThat(deal.poolOriginalBalance()).isEqualTo(1_000_000_000L);
    assertThat(deal.tranches())
        .extracting(Tranche::name, Tranche::trancheClass, Tranche::originalBalance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", TrancheClass.SENIOR, 700_000_000L),
            org.assertj.core.groups.Tuple.tuple("B", TrancheClass.MEZZANINE, 200_000_000L),
            org.assertj.core.groups.Tuple.tuple("E", TrancheClass.EQUITY, 100_000_000L));
    assertThat(deal.tranches().get(0).coupon()).isEqualByComparingTo("0.04");
    assertThat(deal.principalPayment()).isEqualTo(PrincipalPayment.PRO_RATA);
    assertThat(deal.fees()).containsExactly(new Fee("trustee", 50_000L, null));
    assertThat(deal.reserve()).contains(new Reserve(5_000_000L, 5_000_000L));
    assertThat(deal.triggers()).hasSize(4);
    assertThat(deal.triggers().get(2))
        .isEqualTo(
            new Trigger(
                "CDR",
                TriggerTest.CUMULATIVE_DEFAULT,
                null,
                new BigDecimal("0.15"),
                false,
                TriggerEffect.ACCELERATE));
    assertThat(deal.cleanUpCallPoolFactor()).contains(new BigDecimal("0.10"));
    assertThat(deal.paymentDate(3)).isEqualTo(java.time.LocalDate.of(2027, 4, 15));
  }

  @Test
  void optionalPartsMayBeLeftOut() {
    Deal deal =
        Examples.dealChanged(
            Examples.SEQUENTIAL,
            root -> {
              root.remove("reserve");
              root.remove("cleanUpCall");
              root.remove("triggers");
              root.remove("fees");
            });
    assertThat(deal.reserve()).isEmpty();
    assertThat(deal.cleanUpCallPoolFactor()).isEmpty();
    assertThat(deal.triggers()).isEmpty();
    assertThat(deal.fees()).isEmpty();
  }

  @Test
  void refusesAnAmountWithTooManyDecimals() {
    refused(
        Examples.SEQUENTIAL,
        root -> Examples.tranche(root, 1).put("balance", "12.345"),
        "tranches[1].balance: must be a decimal amount with at most 2 decimals, got \"12.345\"");
  }

  @Test
  void refusesANegativeAmount() {
    refused(
        Examples.SEQUENTIAL,
        root -> ((ObjectNode) root.get("fees").get(0)).put("fixed", "-1000.00"),
        "fees[0].fixed: must not be negative, got \"-1000.00\"");
  }

  @Test
  void refusesANegativeZero() {
    refused(
        Examples.SEQUENTIAL,
        root -> ((ObjectNode) root.get("reserve")).put("initial", "-0.00"),
        "reserve.initial: must not be negative, got \"-0.00\"");
  }

  @Test
  void refusesAHugeAmount() {
    refused(
        Examples.SEQUENTIAL,
        root -> ((ObjectNode) root.get("pool")).put("originalBalance", "99999999999999999.00"),
        "pool.originalBalance: must be at most 10000000000000.00, got \"99999999999999999.00\"");
  }

  @Test
  void refusesAnAmountThatIsAJsonNumber() {
    String json =
        Examples.text(Examples.SEQUENTIAL)
            .replace("\"balance\": \"8000000.00\"", "\"balance\": 8000000.00");
    assertThatThrownBy(() -> DealFileReader.read(json))
        .hasMessage(
            "tranches[0].balance: must be a decimal amount with at most 2 decimals in a JSON string,"
                + " got number 8000000");
  }

  @Test
  void refusesAnAmountThatIsNotANumber() {
    refused(
        Examples.SEQUENTIAL,
        root -> Examples.tranche(root, 0).put("balance", "8,000,000.00"),
        "tranches[0].balance: must be a decimal amount with at most 2 decimals, got \"8,000,000.00\"");
  }

  @Test
  void refusesAnUnknownField() {
    refused(
        Examples.SEQUENTIAL,
        root -> Examples.tranche(root, 0).put("cupon", "0.05"),
        "tranches[0].cupon: unknown field (allowed: balance, class, coupon, name)");
    refused(
        Examples.SEQUENTIAL,
        root -> root.put("revolving", true),
        "revolving: unknown field (allowed: cleanUpCall, closingDate, currency, dealId, fees,"
            + " firstPaymentDate, name, paymentFrequency, pool, principalPayment, reserve,"
            + " tranches, triggers)");
  }

  @Test
  void refusesAMissingField() {
    refused(
        Examples.SEQUENTIAL,
        root -> Examples.tranche(root, 0).remove("coupon"),
        "tranches[0].coupon: is required");
    refused(Examples.SEQUENTIAL, root -> root.remove("dealId"), "dealId: is required");
  }

  @Test
  void refusesWrongJsonTypes() {
    refused(
        Examples.SEQUENTIAL,
        root -> root.put("tranches", "A,B,E"),
        "tranches: must be an array, got string \"A,B,E\"");
    refused(
        Examples.SEQUENTIAL,
        root -> root.putArray("pool"),
        "pool: must be an object, got an array");
    refused(
        Examples.PRO_RATA,
        root -> Examples.trigger(root, 0).put("curable", "yes"),
        "triggers[0].curable: must be true or false, got string \"yes\"");
    refused(
        Examples.SEQUENTIAL, root -> root.put("name", 42), "name: must be a string, got number 42");
  }

  @Test
  void refusesADealWithoutEquityTranche() {
    refused(
        Examples.SEQUENTIAL,
        root -> ((ArrayNode) root.get("tranches")).remove(2),
        "tranches[1].class: the last tranche must be the EQUITY tranche, got MEZZANINE");
  }

  @Test
  void refusesEquityThatIsNotLastAndTranchesOutOfOrder() {
    refused(
        Examples.SEQUENTIAL,
        root -> Examples.tranche(root, 1).put("class", "EQUITY").remove("coupon"),
        "tranches[1].class: only the last tranche can be EQUITY (there is exactly one)");
    refused(
        Examples.SEQUENTIAL,
        root -> {
          Examples.tranche(root, 0).put("class", "MEZZANINE");
          Examples.tranche(root, 1).put("class", "SENIOR");
        },
        "tranches[1].class: tranches are listed most senior first, a SENIOR tranche cannot"
            + " follow a MEZZANINE one");
  }

  @Test
  void refusesDuplicateTrancheNames() {
    refused(
        Examples.SEQUENTIAL,
        root -> Examples.tranche(root, 1).put("name", "A"),
        "tranches[1].name: duplicate tranche name \"A\"");
  }

  @Test
  void refusesTranchesThatDoNotAddUpToThePool() {
    refused(
        Examples.SEQUENTIAL,
        root -> Examples.tranche(root, 2).put("balance", "700000.00"),
        "tranches: the balances add up to 9900000.00, must equal pool.originalBalance 10000000.00");
  }

  @Test
  void refusesACouponOnEquity() {
    refused(
        Examples.SEQUENTIAL,
        root -> Examples.tranche(root, 2).put("coupon", "0.10"),
        "tranches[2].coupon: the EQUITY tranche has no coupon (it gets the residual)");
  }

  @Test
  void refusesATriggerOnAnUnknownTranche() {
    refused(
        Examples.PRO_RATA,
        root -> Examples.trigger(root, 0).put("tranche", "C"),
        "triggers[0].tranche: unknown tranche \"C\"");
    refused(
        Examples.PRO_RATA,
        root -> Examples.trigger(root, 2).put("tranche", "A"),
        "triggers[2].tranche: a CUMULATIVE_DEFAULT test is on the whole pool, not a tranche");
  }

  @Test
  void refusesBadEnumsRatiosAndDates() {
    refused(
        Examples.PRO_RATA,
        root -> Examples.trigger(root, 0).put("test", "OVERCOLLATERAL"),
        "triggers[0].test: must be one of OC | IC | CUMULATIVE_DEFAULT | POOL_FACTOR, got"
            + " \"OVERCOLLATERAL\"");
    refused(
        Examples.PRO_RATA,
        root -> Examples.trigger(root, 3).put("threshold", "1.5"),
        "triggers[3].threshold: must be greater than 0 and at most 1, got \"1.5\"");
    refused(
        Examples.SEQUENTIAL,
        root -> Examples.tranche(root, 0).put("coupon", "6%"),
        "tranches[0].coupon: must be a decimal number, got \"6%\"");
    refused(
        Examples.SEQUENTIAL,
        root -> root.put("firstPaymentDate", "2027-01-10"),
        "firstPaymentDate: must be after closingDate 2027-01-15, got 2027-01-10");
    refused(
        Examples.SEQUENTIAL,
        root -> root.put("closingDate", "15/01/2027"),
        "closingDate: must be a date yyyy-MM-dd, got \"15/01/2027\"");
    refused(
        Examples.SEQUENTIAL,
        root -> root.put("currency", "RMB"),
        "currency: must be an ISO 4217 currency code such as CNY, got \"RMB\"");
  }

  @Test
  void refusesAFeeWithBothOrNeitherAmount() {
    refused(
        Examples.SEQUENTIAL,
        root -> ((ObjectNode) root.get("fees").get(1)).put("fixed", "10.00"),
        "fees[1]: must have exactly one of fixed or rate");
  }

  @Test
  void refusesAReserveStartingAboveItsTarget() {
    refused(
        Examples.SEQUENTIAL,
        root -> ((ObjectNode) root.get("reserve")).put("initial", "60000.00"),
        "reserve.initial: must not exceed reserve.target 50000.00, got \"60000.00\"");
  }

  @Test
  void refusesDuplicateKeysAndBrokenJson() {
    assertThatThrownBy(() -> DealFileReader.read("{\"dealId\": \"X\", \"dealId\": \"Y\"}"))
        .isInstanceOf(DealFileException.class)
        .hasMessageStartingWith("$: the deal file is not valid JSON at line 1")
        .hasMessageContaining("Duplicate field 'dealId'");
    assertThatThrownBy(() -> DealFileReader.read("{\"dealId\": "))
        .isInstanceOf(DealFileException.class)
        .hasMessageStartingWith("$: the deal file is not valid JSON");
  }

  @Test
  void readsCollectionsAndRefusesBadOnes() {
    Deal deal = Examples.deal(Examples.SEQUENTIAL);
    assertThat(
            DealFileReader.readCollectionsList(
                new StringReader(Examples.text("sequential-collections.json")), deal))
        .hasSize(3)
        .first()
        .isEqualTo(new PeriodCollections(1, 7_000_000, 50_000_000, 0, 0));
    assertThatThrownBy(
            () ->
                DealFileReader.readCollections(
                    "{\"period\": 1, \"interest\": \"1.00\", \"principal\": \"1.001\","
                        + " \"recoveries\": \"0\", \"losses\": \"0\"}",
                    deal))
        .hasMessage("principal: must be a decimal amount with at most 2 decimals, got \"1.001\"");
    assertThatThrownBy(
            () ->
                DealFileReader.readCollectionsList(
                    new StringReader(
                        "[{\"period\": 2, \"interest\": \"1.00\", \"principal\": \"1.00\","
                            + " \"recoveries\": \"0\", \"losses\": \"0\"}]"),
                    deal))
        .hasMessage("[0].period: must be 1 (periods in order from 1), got 2");
    assertThatThrownBy(
            () ->
                DealFileReader.readCollections(
                    "{\"period\": 1, \"interest\": \"1.00\", \"principal\": \"1.00\","
                        + " \"recoveries\": \"0\"}",
                    deal))
        .hasMessage("losses: is required");
  }
}
