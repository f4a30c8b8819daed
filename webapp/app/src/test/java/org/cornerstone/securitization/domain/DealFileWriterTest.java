package org.cornerstone.securitization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deal file against the contract's own example (CONTEXT14 / ADR 0026), field by field. */
class DealFileWriterTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode example() throws Exception {
    try (InputStream in =
        DealFileWriterTest.class.getResourceAsStream("/securitization/deal-file-example.json")) {
      return JSON.readTree(in);
    }
  }

  /** The example's structure fields, as the arranger sends them to the API. */
  static ObjectNode structureOf(JsonNode file) {
    ObjectNode structure = JSON.createObjectNode();
    for (String field :
        List.of("tranches", "principalPayment", "fees", "reserve", "triggers", "cleanUpCall")) {
      if (file.has(field)) {
        structure.set(field, file.get(field));
      }
    }
    return structure;
  }

  static DealFileWriter.Terms termsOf(JsonNode file) {
    return new DealFileWriter.Terms(
        file.get("dealId").asText(),
        file.get("name").asText(),
        file.get("currency").asText(),
        LocalDate.parse(file.get("closingDate").asText()),
        LocalDate.parse(file.get("firstPaymentDate").asText()),
        PaymentFrequency.valueOf(file.get("paymentFrequency").asText()),
        new java.math.BigDecimal(file.get("pool").get("originalBalance").asText())
            .movePointRight(2)
            .longValueExact());
  }

  @Test
  void writesTheContractsExampleExactlyFieldsOrderAndTypes() throws Exception {
    JsonNode example = example();
    DealStructure structure = DealStructureReader.read(structureOf(example), "CNY", 2);

    String written = DealFileWriter.write(termsOf(example), structure);

    JsonNode back = JSON.readTree(written);
    assertThat(back).isEqualTo(example);
    // the same field order too (compact text compares order)
    assertThat(JSON.writeValueAsString(back)).isEqualTo(JSON.writeValueAsString(example));
    assertThat(back.get("tranches").get(0).get("balance").isTextual()).isTrue();
    assertThat(back.get("tranches").get(2).has("coupon")).isFalse();
    assertThat(back.get("triggers").get(2).has("tranche")).isFalse();
    assertThat(back.get("triggers").get(0).get("curable").isBoolean()).isTrue();
  }

  @Test
  void leavesOutTheOptionalReserveAndCleanUpCall() throws Exception {
    JsonNode example = example();
    ObjectNode structure = structureOf(example);
    structure.remove("reserve");
    structure.remove("cleanUpCall");

    JsonNode back =
        JSON.readTree(
            DealFileWriter.write(termsOf(example), DealStructureReader.read(structure, "CNY", 2)));

    assertThat(back.has("reserve")).isFalse();
    assertThat(back.has("cleanUpCall")).isFalse();
    assertThat(back.get("fees")).isEqualTo(example.get("fees"));
  }

  @Test
  void amountsHaveExactlyTheCurrencysDigits() {
    assertThat(DealFileWriter.amount(800_000_000L, 2)).isEqualTo("8000000.00");
    assertThat(DealFileWriter.amount(5L, 2)).isEqualTo("0.05");
    assertThat(DealFileWriter.amount(1234L, 0)).isEqualTo("1234");
  }
}
