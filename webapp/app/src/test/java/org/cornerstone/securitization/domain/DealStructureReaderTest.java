package org.cornerstone.securitization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** Every refusal of a structure, each with its sentence. */
class DealStructureReaderTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static ObjectNode valid() throws Exception {
    return DealFileWriterTest.structureOf(DealFileWriterTest.example());
  }

  static List<String> problems(JsonNode structure) {
    try {
      DealStructureReader.read(structure, "CNY", 2);
    } catch (ValidationException e) {
      return e.problems();
    }
    throw new AssertionError("accepted: " + structure);
  }

  static ObjectNode tranche(ObjectNode s, int i) {
    return (ObjectNode) s.get("tranches").get(i);
  }

  @Test
  void readsTheExample() throws Exception {
    DealStructure s = DealStructureReader.read(valid(), "CNY", 2);
    assertThat(s.tranches()).extracting(DealStructure.Tranche::name).containsExactly("A", "B", "E");
    assertThat(s.trancheTotalMinor()).isEqualTo(1_000_000_000L);
    assertThat(s.equity().trancheClass()).isEqualTo(TrancheClass.EQUITY);
    assertThat(s.fees().get(0).fixedMinor()).isEqualTo(100_000L);
    assertThat(s.fees().get(1).rate()).isEqualByComparingTo("0.005");
    assertThat(s.reserve().targetMinor()).isEqualTo(10_000_000L);
    assertThat(s.cleanUpCallPoolFactor()).isEqualByComparingTo("0.10");
  }

  @Test
  void refusesNegativeZeroHugeAndTooPreciseAmounts() throws Exception {
    ObjectNode s = valid();
    tranche(s, 0).put("balance", "-8000000.00");
    tranche(s, 1).put("balance", "0.00");
    tranche(s, 2).put("balance", "99999999999999999999.00");
    ((ObjectNode) s.get("fees").get(0)).put("fixed", "1000.001");
    assertThat(problems(s))
        .contains(
            "tranches[0].balance: The amount must be greater than zero.",
            "tranches[1].balance: The amount must be greater than zero.",
            "tranches[2].balance: The amount is implausibly large (at most"
                + " 1,000,000,000,000,000).",
            "fees[0].fixed: CNY amounts have at most 2 decimals.");
  }

  @Test
  void refusesWrongJsonTypes() throws Exception {
    ObjectNode s = valid();
    tranche(s, 0).put("balance", 8000000);
    ((ObjectNode) s.get("triggers").get(0)).put("curable", "yes");
    ((ObjectNode) s.get("triggers").get(1)).put("threshold", 1.5);
    assertThat(problems(s))
        .contains(
            "tranches[0].balance must be a JSON string such as \"8000000.00\", not 8000000.",
            "triggers[0].curable must be true or false (a JSON boolean).",
            "triggers[1].threshold must be a JSON string such as \"0.035\", not 1.5.");
    ObjectNode notArray = valid();
    notArray.put("tranches", "A");
    assertThat(problems(notArray))
        .contains("tranches must be an array of objects with name, class, balance and coupon.");
    assertThatThrownBy(() -> DealStructureReader.read(JSON.readTree("[1]"), "CNY", 2))
        .isInstanceOf(ValidationException.class)
        .hasMessage(DealStructureReader.NOT_AN_OBJECT);
  }

  @Test
  void refusesUnknownFields() throws Exception {
    ObjectNode s = valid();
    tranche(s, 0).put("cupon", "0.035");
    s.put("principalPaymnet", "SEQUENTIAL");
    assertThat(problems(s))
        .contains(
            "tranches[0] has an unknown field: cupon.",
            "The structure has an unknown field: principalPaymnet.");
  }

  @Test
  void refusesDuplicateTrancheNames() throws Exception {
    ObjectNode s = valid();
    tranche(s, 1).put("name", "a");
    assertThat(problems(s)).contains(String.format(DealStructureReader.DUPLICATE_TRANCHE, "a"));
  }

  @Test
  void refusesADealWithoutEquityOrWithEquityNotLast() throws Exception {
    ObjectNode noEquity = valid();
    ((ArrayNode) noEquity.get("tranches")).remove(2);
    assertThat(problems(noEquity)).contains(DealStructureReader.NO_EQUITY);

    ObjectNode equityFirst = valid();
    ArrayNode tranches = (ArrayNode) equityFirst.get("tranches");
    JsonNode equity = tranches.remove(2);
    tranches.insert(0, equity);
    assertThat(problems(equityFirst)).contains(DealStructureReader.EQUITY_NOT_LAST);

    ObjectNode empty = valid();
    empty.putArray("tranches");
    assertThat(problems(empty)).contains(DealStructureReader.NO_TRANCHES);
  }

  @Test
  void refusesCouponsThatDoNotFitTheClass() throws Exception {
    ObjectNode s = valid();
    tranche(s, 0).remove("coupon");
    tranche(s, 2).put("coupon", "0.10");
    assertThat(problems(s))
        .contains(
            "tranches[0].coupon is missing: a SENIOR tranche pays a coupon.",
            "tranches[2]: the EQUITY tranche has no coupon (it takes the residual).");
  }

  @Test
  void refusesTriggersOnUnknownTranchesAndBadEnums() throws Exception {
    ObjectNode s = valid();
    ((ObjectNode) s.get("triggers").get(0)).put("tranche", "Z");
    ((ObjectNode) s.get("triggers").get(1)).put("effect", "PANIC");
    s.put("principalPayment", "RANDOM");
    assertThat(problems(s))
        .contains(
            "triggers[0].tranche names no SENIOR or MEZZANINE tranche: Z.",
            "triggers[1].effect must be one of SEQUENTIAL_PRINCIPAL, ACCELERATE,"
                + " RESTRICT_JUNIOR_TRANSFERS, not \"PANIC\".",
            "principalPayment must be one of SEQUENTIAL, PRO_RATA, not \"RANDOM\".");
  }

  @Test
  void refusesAFeeWithBothOrNeitherAmountAndRate() throws Exception {
    ObjectNode s = valid();
    ((ObjectNode) s.get("fees").get(0)).put("rate", "0.01");
    ((ObjectNode) s.get("fees").get(1)).remove("rate");
    assertThat(problems(s))
        .contains(
            "fees[0] must have exactly one of fixed (an amount) or rate (annual).",
            "fees[1] must have exactly one of fixed (an amount) or rate (annual).");
  }

  @Test
  void sizesMustSumExactlyToThePool() throws Exception {
    DealStructure s = DealStructureReader.read(valid(), "CNY", 2);
    DealStructureReader.checkAgainstPool(s, 1_000_000_000L, "CNY");
    assertThatThrownBy(() -> DealStructureReader.checkAgainstPool(s, 1_000_000_001L, "CNY"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "The tranche sizes sum to 10000000.00 but the pool balance is 10000000.01: they must"
                + " be equal to the cent.");
    assertThatThrownBy(() -> DealStructureReader.checkAgainstPool(s, 0, "CNY"))
        .hasMessage(DealStructureReader.EMPTY_POOL);
  }
}
