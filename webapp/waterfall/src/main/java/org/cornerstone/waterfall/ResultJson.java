package org.cornerstone.waterfall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.cornerstone.waterfall.PeriodResult.FeeResult;
import org.cornerstone.waterfall.PeriodResult.TrancheResult;
import org.cornerstone.waterfall.PeriodResult.TriggerResult;

/**
 * The JSON form of period results (the command line's {@code --format json}, and what a trustee
 * review screen or REST resource can show): amounts as decimal strings in the deal currency, ratios
 * as decimal strings, the step log as an array of lines.
 */
public final class ResultJson {

  private ResultJson() {}

  public static String write(Deal deal, List<PeriodResult> results) {
    ObjectNode root = JsonFields.MAPPER.createObjectNode();
    root.put("dealId", deal.dealId());
    root.put("currency", deal.currency());
    ArrayNode periods = root.putArray("periods");
    for (PeriodResult result : results) {
      periods.add(period(deal, result));
    }
    try {
      return JsonFields.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One period as a JSON object. */
  public static ObjectNode period(Deal deal, PeriodResult result) {
    int digits = deal.minorDigits();
    ObjectNode node = JsonFields.MAPPER.createObjectNode();
    node.put("period", result.period());
    node.put("paymentDate", result.paymentDate().toString());
    node.put("statusBefore", result.statusBefore().name());
    node.put("statusAfter", result.statusAfter().name());
    ObjectNode collections = node.putObject("collections");
    collections.put("interest", Money.plain(result.collections().interest(), digits));
    collections.put("principal", Money.plain(result.collections().principal(), digits));
    collections.put("recoveries", Money.plain(result.collections().recoveries(), digits));
    collections.put("losses", Money.plain(result.collections().losses(), digits));
    node.put("poolBalanceStart", Money.plain(result.poolBalanceStart(), digits));
    node.put("poolBalanceEnd", Money.plain(result.poolBalanceEnd(), digits));
    node.put("poolFactor", result.poolFactor().toPlainString());
    node.put("callProceeds", Money.plain(result.callProceeds(), digits));
    node.put("principalPayment", result.principalPayment().name());
    node.put("juniorTransfersRestricted", result.juniorTransfersRestricted());
    ArrayNode fees = node.putArray("fees");
    for (FeeResult fee : result.fees()) {
      fees.addObject()
          .put("name", fee.name())
          .put("due", Money.plain(fee.due(), digits))
          .put("paid", Money.plain(fee.paid(), digits))
          .put("shortfall", Money.plain(fee.shortfall(), digits));
    }
    ArrayNode tranches = node.putArray("tranches");
    for (TrancheResult tranche : result.tranches()) {
      tranches
          .addObject()
          .put("name", tranche.name())
          .put("class", tranche.trancheClass().name())
          .put("balanceStart", Money.plain(tranche.balanceStart(), digits))
          .put("interestDue", Money.plain(tranche.interestDue(), digits))
          .put("interestPaid", Money.plain(tranche.interestPaid(), digits))
          .put("interestShortfall", Money.plain(tranche.interestShortfall(), digits))
          .put("writeDown", Money.plain(tranche.writeDown(), digits))
          .put("principalPaid", Money.plain(tranche.principalPaid(), digits))
          .put("balanceEnd", Money.plain(tranche.balanceEnd(), digits));
    }
    node.putObject("reserve")
        .put("target", Money.plain(result.reserve().target(), digits))
        .put("balanceStart", Money.plain(result.reserve().balanceStart(), digits))
        .put("draw", Money.plain(result.reserve().draw(), digits))
        .put("deposit", Money.plain(result.reserve().deposit(), digits))
        .put("balanceEnd", Money.plain(result.reserve().balanceEnd(), digits));
    ArrayNode triggers = node.putArray("triggers");
    for (TriggerResult trigger : result.triggers()) {
      ObjectNode t = triggers.addObject();
      t.put("name", trigger.name());
      t.put("test", trigger.test().name());
      if (trigger.tranche() != null) {
        t.put("tranche", trigger.tranche());
      }
      BigDecimal value = trigger.value();
      if (value == null) {
        t.putNull("value");
      } else {
        t.put("value", value.toPlainString());
      }
      t.put("threshold", trigger.threshold().toPlainString());
      t.put("failing", trigger.failing());
      t.put("breached", trigger.breached());
      t.put("curable", trigger.curable());
      t.put("effect", trigger.effect().name());
    }
    node.put("residualToEquity", Money.plain(result.residualToEquity(), digits));
    node.put("cashIn", Money.plain(result.cashIn(), digits));
    node.put("cashOut", Money.plain(result.cashOut(), digits));
    ArrayNode log = node.putArray("log");
    result.log().forEach(log::add);
    return node;
  }
}
