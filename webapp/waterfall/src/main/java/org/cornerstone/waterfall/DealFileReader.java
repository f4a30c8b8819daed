package org.cornerstone.waterfall;

import static org.cornerstone.waterfall.JsonFields.amount;
import static org.cornerstone.waterfall.JsonFields.array;
import static org.cornerstone.waterfall.JsonFields.bool;
import static org.cornerstone.waterfall.JsonFields.child;
import static org.cornerstone.waterfall.JsonFields.date;
import static org.cornerstone.waterfall.JsonFields.enumValue;
import static org.cornerstone.waterfall.JsonFields.integer;
import static org.cornerstone.waterfall.JsonFields.object;
import static org.cornerstone.waterfall.JsonFields.quote;
import static org.cornerstone.waterfall.JsonFields.ratio;
import static org.cornerstone.waterfall.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a deal file (JSON, UTF-8; the contract in docs/securitization/deal-file.md) and the period
 * collections. Unknown fields are refused; every refusal is a {@link DealFileException} whose
 * message starts with the JSON path and says what is wrong, e.g. {@code tranches[1].balance: must
 * be a decimal amount with at most 2 decimals, got "12.345"}.
 */
public final class DealFileReader {

  private static final BigDecimal ZERO = BigDecimal.ZERO;
  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private DealFileReader() {}

  public static Deal read(String json) {
    return read(new StringReader(json));
  }

  public static Deal read(Reader reader) {
    JsonNode root = JsonFields.parse(reader, "deal file");
    object(
        root,
        "",
        Set.of(
            "dealId",
            "name",
            "currency",
            "closingDate",
            "firstPaymentDate",
            "paymentFrequency",
            "pool",
            "tranches",
            "principalPayment",
            "fees",
            "reserve",
            "triggers",
            "cleanUpCall"));
    String dealId = text(root, "", "dealId");
    String name = text(root, "", "name");
    String currencyCode = text(root, "", "currency");
    Currency currency;
    try {
      currency = currencyCode.matches("[A-Z]{3}") ? Currency.getInstance(currencyCode) : null;
    } catch (IllegalArgumentException e) {
      currency = null;
    }
    if (currency == null || currency.getDefaultFractionDigits() < 0) {
      throw new DealFileException(
          "currency: must be an ISO 4217 currency code such as CNY, got " + quote(currencyCode));
    }
    int digits = currency.getDefaultFractionDigits();
    var closingDate = date(root, "", "closingDate");
    var firstPaymentDate = date(root, "", "firstPaymentDate");
    if (!firstPaymentDate.isAfter(closingDate)) {
      throw new DealFileException(
          "firstPaymentDate: must be after closingDate "
              + closingDate
              + ", got "
              + firstPaymentDate);
    }
    PaymentFrequency frequency = enumValue(root, "", "paymentFrequency", PaymentFrequency.class);

    JsonNode pool = JsonFields.required(root, "", "pool");
    object(pool, "pool", Set.of("originalBalance"));
    long poolBalance = amount(pool, "pool", "originalBalance", digits);
    if (poolBalance == 0) {
      throw new DealFileException("pool.originalBalance: must be greater than zero");
    }

    List<Tranche> tranches = readTranches(array(root, "", "tranches", true), digits, poolBalance);
    PrincipalPayment principal = enumValue(root, "", "principalPayment", PrincipalPayment.class);
    List<Fee> fees = readFees(root, digits);
    Optional<Reserve> reserve = Optional.empty();
    if (root.has("reserve") && !root.get("reserve").isNull()) {
      JsonNode node = root.get("reserve");
      object(node, "reserve", Set.of("target", "initial"));
      long target = amount(node, "reserve", "target", digits);
      long initial = amount(node, "reserve", "initial", digits);
      if (initial > target) {
        throw new DealFileException(
            "reserve.initial: must not exceed reserve.target "
                + Money.plain(target, digits)
                + ", got "
                + quote(Money.plain(initial, digits)));
      }
      reserve = Optional.of(new Reserve(target, initial));
    }
    List<Trigger> triggers = readTriggers(root, tranches);
    Optional<BigDecimal> cleanUp = Optional.empty();
    if (root.has("cleanUpCall") && !root.get("cleanUpCall").isNull()) {
      JsonNode node = root.get("cleanUpCall");
      object(node, "cleanUpCall", Set.of("poolFactor"));
      cleanUp = Optional.of(ratio(node, "cleanUpCall", "poolFactor", ZERO, ONE, true));
    }
    return new Deal(
        dealId,
        name,
        currencyCode,
        digits,
        closingDate,
        firstPaymentDate,
        frequency,
        poolBalance,
        tranches,
        principal,
        fees,
        reserve,
        triggers,
        cleanUp);
  }

  private static List<Tranche> readTranches(JsonNode array, int digits, long poolBalance) {
    List<Tranche> tranches = new ArrayList<>();
    Set<String> names = new HashSet<>();
    long sum = 0;
    TrancheClass previous = TrancheClass.SENIOR;
    for (int i = 0; i < array.size(); i++) {
      String path = "tranches[" + i + "]";
      JsonNode node = array.get(i);
      object(node, path, Set.of("name", "class", "balance", "coupon"));
      String name = text(node, path, "name");
      if (!names.add(name)) {
        throw new DealFileException(
            child(path, "name") + ": duplicate tranche name " + quote(name));
      }
      TrancheClass trancheClass = enumValue(node, path, "class", TrancheClass.class);
      if (trancheClass.compareTo(previous) < 0) {
        throw new DealFileException(
            child(path, "class")
                + ": tranches are listed most senior first, a "
                + trancheClass
                + " tranche cannot follow a "
                + previous
                + " one");
      }
      boolean last = i == array.size() - 1;
      if (trancheClass == TrancheClass.EQUITY && !last) {
        throw new DealFileException(
            child(path, "class") + ": only the last tranche can be EQUITY (there is exactly one)");
      }
      if (last && trancheClass != TrancheClass.EQUITY) {
        throw new DealFileException(
            child(path, "class")
                + ": the last tranche must be the EQUITY tranche, got "
                + trancheClass);
      }
      previous = trancheClass;
      long balance = amount(node, path, "balance", digits);
      BigDecimal coupon = null;
      if (trancheClass == TrancheClass.EQUITY) {
        if (node.has("coupon")) {
          throw new DealFileException(
              child(path, "coupon") + ": the EQUITY tranche has no coupon (it gets the residual)");
        }
      } else {
        if (balance == 0) {
          throw new DealFileException(child(path, "balance") + ": must be greater than zero");
        }
        coupon = ratio(node, path, "coupon", ZERO, ONE, false);
      }
      sum += balance;
      tranches.add(new Tranche(name, trancheClass, balance, coupon));
    }
    if (sum != poolBalance) {
      throw new DealFileException(
          "tranches: the balances add up to "
              + Money.plain(sum, digits)
              + ", must equal pool.originalBalance "
              + Money.plain(poolBalance, digits));
    }
    return tranches;
  }

  private static List<Fee> readFees(JsonNode root, int digits) {
    List<Fee> fees = new ArrayList<>();
    if (!root.has("fees") || root.get("fees").isNull()) {
      return fees;
    }
    JsonNode array = array(root, "", "fees", false);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "fees[" + i + "]";
      JsonNode node = array.get(i);
      object(node, path, Set.of("name", "fixed", "rate"));
      String name = text(node, path, "name");
      if (!names.add(name)) {
        throw new DealFileException(child(path, "name") + ": duplicate fee name " + quote(name));
      }
      boolean hasFixed = node.has("fixed");
      boolean hasRate = node.has("rate");
      if (hasFixed == hasRate) {
        throw new DealFileException(path + ": must have exactly one of fixed or rate");
      }
      fees.add(
          hasFixed
              ? new Fee(name, amount(node, path, "fixed", digits), null)
              : new Fee(name, null, ratio(node, path, "rate", ZERO, ONE, false)));
    }
    return fees;
  }

  private static List<Trigger> readTriggers(JsonNode root, List<Tranche> tranches) {
    List<Trigger> triggers = new ArrayList<>();
    if (!root.has("triggers") || root.get("triggers").isNull()) {
      return triggers;
    }
    JsonNode array = array(root, "", "triggers", false);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "triggers[" + i + "]";
      JsonNode node = array.get(i);
      object(node, path, Set.of("name", "test", "tranche", "threshold", "curable", "effect"));
      String name = text(node, path, "name");
      if (!names.add(name)) {
        throw new DealFileException(
            child(path, "name") + ": duplicate trigger name " + quote(name));
      }
      TriggerTest test = enumValue(node, path, "test", TriggerTest.class);
      String tranche = null;
      boolean needsTranche = test == TriggerTest.OC || test == TriggerTest.IC;
      if (needsTranche) {
        String named = text(node, path, "tranche");
        tranche = named;
        Tranche found =
            tranches.stream().filter(t -> t.name().equals(named)).findFirst().orElse(null);
        if (found == null) {
          throw new DealFileException(
              child(path, "tranche") + ": unknown tranche " + quote(tranche));
        }
        if (found.isEquity()) {
          throw new DealFileException(
              child(path, "tranche")
                  + ": an "
                  + test
                  + " test names a non-equity tranche, got the EQUITY tranche "
                  + quote(tranche));
        }
      } else if (node.has("tranche")) {
        throw new DealFileException(
            child(path, "tranche") + ": a " + test + " test is on the whole pool, not a tranche");
      }
      BigDecimal threshold =
          test == TriggerTest.OC || test == TriggerTest.IC
              ? ratio(node, path, "threshold", ZERO, HUNDRED, true)
              : ratio(node, path, "threshold", ZERO, ONE, true);
      boolean curable = bool(node, path, "curable");
      TriggerEffect effect = enumValue(node, path, "effect", TriggerEffect.class);
      triggers.add(new Trigger(name, test, tranche, threshold, curable, effect));
    }
    return triggers;
  }

  /**
   * Reads one period's collections, e.g. {@code {"period": 1, "interest": "45000.00", "principal":
   * "120000.00", "recoveries": "0.00", "losses": "0.00"}}, in the deal's currency.
   */
  public static PeriodCollections readCollections(String json, Deal deal) {
    JsonNode node = JsonFields.parse(new StringReader(json), "collections");
    return collections(node, "", deal.minorDigits());
  }

  /** Reads a JSON array of period collections (the command line's collections file). */
  public static List<PeriodCollections> readCollectionsList(Reader reader, Deal deal) {
    JsonNode root = JsonFields.parse(reader, "collections file");
    if (!root.isArray()) {
      throw new DealFileException(
          "$: must be an array of period collections, got " + JsonFields.describe(root));
    }
    List<PeriodCollections> list = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      PeriodCollections collections = collections(root.get(i), "[" + i + "]", deal.minorDigits());
      if (collections.period() != i + 1) {
        throw new DealFileException(
            "["
                + i
                + "].period: must be "
                + (i + 1)
                + " (periods in order from 1), got "
                + collections.period());
      }
      list.add(collections);
    }
    return list;
  }

  static PeriodCollections collections(JsonNode node, String path, int digits) {
    object(node, path, Set.of("period", "interest", "principal", "recoveries", "losses"));
    int period = (int) integer(node, path, "period", 1, 100_000);
    return new PeriodCollections(
        period,
        amount(node, path, "interest", digits),
        amount(node, path, "principal", digits),
        amount(node, path, "recoveries", digits),
        amount(node, path, "losses", digits));
  }
}
