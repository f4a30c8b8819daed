package org.cornerstone.securitization.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes a deal's file, the contract the waterfall engine reads (CONTEXT of issue 14, ADR 0026):
 * UTF-8 JSON with exactly the contract's field names, in its order; amounts as JSON strings with a
 * decimal point and exactly the currency's minor digits ({@code "8000000.00"}: minor units moved by
 * the currency's digits, so exact, no rounding); rates and ratios as the decimal strings the
 * arranger gave ({@code "0.035"}); {@code reserve} and {@code cleanUpCall} only when defined;
 * {@code coupon} absent for the equity tranche, {@code tranche} absent for pool-level triggers.
 */
public final class DealFileWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The deal's terms the file carries besides its structure. */
  public record Terms(
      String dealId,
      String name,
      String currency,
      LocalDate closingDate,
      LocalDate firstPaymentDate,
      PaymentFrequency paymentFrequency,
      long poolBalanceMinor) {}

  private DealFileWriter() {}

  /** The deal file as JSON text. */
  public static String write(Terms terms, DealStructure structure) {
    int digits = java.util.Currency.getInstance(terms.currency()).getDefaultFractionDigits();
    ObjectNode root = JSON.createObjectNode();
    root.put("dealId", terms.dealId());
    root.put("name", terms.name());
    root.put("currency", terms.currency());
    root.put("closingDate", terms.closingDate().toString());
    root.put("firstPaymentDate", terms.firstPaymentDate().toString());
    root.put("paymentFrequency", terms.paymentFrequency().name());
    root.putObject("pool").put("originalBalance", amount(terms.poolBalanceMinor(), digits));
    ArrayNode tranches = root.putArray("tranches");
    for (DealStructure.Tranche t : structure.tranches()) {
      ObjectNode node = tranches.addObject();
      node.put("name", t.name());
      node.put("class", t.trancheClass().name());
      node.put("balance", amount(t.balanceMinor(), digits));
      if (t.coupon() != null) {
        node.put("coupon", decimal(t.coupon()));
      }
    }
    root.put("principalPayment", structure.principalPayment().name());
    ArrayNode fees = root.putArray("fees");
    for (DealStructure.Fee f : structure.fees()) {
      ObjectNode node = fees.addObject();
      node.put("name", f.name());
      if (f.fixedMinor() != null) {
        node.put("fixed", amount(f.fixedMinor(), digits));
      } else {
        node.put("rate", decimal(f.rate()));
      }
    }
    if (structure.reserve() != null) {
      ObjectNode reserve = root.putObject("reserve");
      reserve.put("target", amount(structure.reserve().targetMinor(), digits));
      reserve.put("initial", amount(structure.reserve().initialMinor(), digits));
    }
    ArrayNode triggers = root.putArray("triggers");
    for (DealStructure.Trigger t : structure.triggers()) {
      ObjectNode node = triggers.addObject();
      node.put("name", t.name());
      node.put("test", t.test().name());
      if (t.tranche() != null) {
        node.put("tranche", t.tranche());
      }
      node.put("threshold", decimal(t.threshold()));
      node.put("curable", t.curable());
      node.put("effect", t.effect().name());
    }
    if (structure.cleanUpCallPoolFactor() != null) {
      root.putObject("cleanUpCall").put("poolFactor", decimal(structure.cleanUpCallPoolFactor()));
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A deal file could not be written", e);
    }
  }

  /** Minor units as the file writes amounts: {@code 800000000} with 2 digits is "8000000.00". */
  public static String amount(long minor, int digits) {
    return BigDecimal.valueOf(minor, digits).toPlainString();
  }

  private static String decimal(BigDecimal value) {
    return value.toPlainString();
  }
}
