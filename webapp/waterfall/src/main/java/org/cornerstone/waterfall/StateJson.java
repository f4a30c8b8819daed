package org.cornerstone.waterfall;

import static org.cornerstone.waterfall.JsonFields.amount;
import static org.cornerstone.waterfall.JsonFields.array;
import static org.cornerstone.waterfall.JsonFields.enumValue;
import static org.cornerstone.waterfall.JsonFields.integer;
import static org.cornerstone.waterfall.JsonFields.object;
import static org.cornerstone.waterfall.JsonFields.quote;
import static org.cornerstone.waterfall.JsonFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cornerstone.waterfall.DealState.FeeState;
import org.cornerstone.waterfall.DealState.TrancheState;

/**
 * The JSON form of a {@link DealState}, for the app to store between payment dates. Amounts are
 * decimal strings in the deal currency, like the deal file:
 *
 * <pre>{@code
 * {"dealId":"HRT-2027-1","period":3,"status":"AMORTIZING","poolBalance":"9640000.00",
 *  "cumulativeLosses":"0.00","reserveBalance":"100000.00",
 *  "tranches":[{"name":"A","balance":"7640000.00","interestShortfall":"0.00"}, ...],
 *  "fees":[{"name":"trustee","shortfall":"0.00"}, ...],"breachedTriggers":["OC-A"]}
 * }</pre>
 *
 * {@link #read} checks the state against the deal (same deal id, tranches and fees in order,
 * triggers known) and refuses with the JSON path otherwise.
 */
public final class StateJson {

  private StateJson() {}

  public static String write(DealState state, Deal deal) {
    int digits = deal.minorDigits();
    ObjectNode root = JsonFields.MAPPER.createObjectNode();
    root.put("dealId", state.dealId());
    root.put("period", state.period());
    root.put("status", state.status().name());
    root.put("poolBalance", Money.plain(state.poolBalance(), digits));
    root.put("cumulativeLosses", Money.plain(state.cumulativeLosses(), digits));
    root.put("reserveBalance", Money.plain(state.reserveBalance(), digits));
    ArrayNode tranches = root.putArray("tranches");
    for (TrancheState tranche : state.tranches()) {
      tranches
          .addObject()
          .put("name", tranche.name())
          .put("balance", Money.plain(tranche.balance(), digits))
          .put("interestShortfall", Money.plain(tranche.interestShortfall(), digits));
    }
    ArrayNode fees = root.putArray("fees");
    for (FeeState fee : state.fees()) {
      fees.addObject()
          .put("name", fee.name())
          .put("shortfall", Money.plain(fee.shortfall(), digits));
    }
    ArrayNode breached = root.putArray("breachedTriggers");
    state.breachedTriggers().forEach(breached::add);
    try {
      return JsonFields.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static DealState read(String json, Deal deal) {
    int digits = deal.minorDigits();
    JsonNode root = JsonFields.parse(new StringReader(json), "deal state");
    object(
        root,
        "",
        Set.of(
            "dealId",
            "period",
            "status",
            "poolBalance",
            "cumulativeLosses",
            "reserveBalance",
            "tranches",
            "fees",
            "breachedTriggers"));
    String dealId = text(root, "", "dealId");
    if (!dealId.equals(deal.dealId())) {
      throw new DealFileException(
          "dealId: the state is deal " + quote(dealId) + "'s, not " + quote(deal.dealId()) + "'s");
    }
    int period = (int) integer(root, "", "period", 0, 100_000);
    DealStatus status = enumValue(root, "", "status", DealStatus.class);
    long pool = amount(root, "", "poolBalance", digits);
    long losses = amount(root, "", "cumulativeLosses", digits);
    long reserve = amount(root, "", "reserveBalance", digits);
    JsonNode trancheArray = array(root, "", "tranches", false);
    if (trancheArray.size() != deal.tranches().size()) {
      throw new DealFileException(
          "tranches: must list the deal's " + deal.tranches().size() + " tranches in order");
    }
    List<TrancheState> tranches = new ArrayList<>();
    for (int i = 0; i < trancheArray.size(); i++) {
      String path = "tranches[" + i + "]";
      JsonNode node = trancheArray.get(i);
      object(node, path, Set.of("name", "balance", "interestShortfall"));
      String name = text(node, path, "name");
      if (!name.equals(deal.tranches().get(i).name())) {
        throw new DealFileException(
            path
                + ".name: must be "
                + quote(deal.tranches().get(i).name())
                + ", got "
                + quote(name));
      }
      long balance = amount(node, path, "balance", digits);
      tranches.add(
          new TrancheState(name, balance, amount(node, path, "interestShortfall", digits)));
    }
    JsonNode feeArray = array(root, "", "fees", false);
    if (feeArray.size() != deal.fees().size()) {
      throw new DealFileException(
          "fees: must list the deal's " + deal.fees().size() + " fees in order");
    }
    List<FeeState> fees = new ArrayList<>();
    for (int j = 0; j < feeArray.size(); j++) {
      String path = "fees[" + j + "]";
      JsonNode node = feeArray.get(j);
      object(node, path, Set.of("name", "shortfall"));
      String name = text(node, path, "name");
      if (!name.equals(deal.fees().get(j).name())) {
        throw new DealFileException(
            path + ".name: must be " + quote(deal.fees().get(j).name()) + ", got " + quote(name));
      }
      fees.add(new FeeState(name, amount(node, path, "shortfall", digits)));
    }
    JsonNode breachedArray = array(root, "", "breachedTriggers", false);
    List<String> breached = new ArrayList<>();
    for (int k = 0; k < breachedArray.size(); k++) {
      JsonNode node = breachedArray.get(k);
      String path = "breachedTriggers[" + k + "]";
      if (!node.isTextual()
          || deal.triggers().stream().noneMatch(t -> t.name().equals(node.textValue()))) {
        throw new DealFileException(
            path + ": must name a trigger of the deal, got " + JsonFields.describe(node));
      }
      breached.add(node.textValue());
    }
    return new DealState(dealId, period, status, pool, losses, reserve, tranches, fees, breached);
  }
}
