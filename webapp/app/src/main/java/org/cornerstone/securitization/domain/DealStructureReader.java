package org.cornerstone.securitization.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cornerstone.shared.Money;
import org.cornerstone.shared.ValidationException;

/**
 * Reads a deal's structure from JSON in the deal file's own schema (the fields {@code tranches,
 * principalPayment, fees, reserve, triggers, cleanUpCall} of {@code
 * docs/adr/0026-deal-structuring-and-true-sale.md}) and checks it, collecting every problem as a
 * sentence: amounts must be JSON strings with a decimal point and at most the currency's minor
 * digits ({@code "8000000.00"}), positive and at most {@link Money#MAX_AMOUNT}; rates and ratios
 * decimal strings; unknown fields are refused (a typo must not be silently ignored); tranche names
 * unique; most senior first, exactly one EQUITY tranche and it is the last; non-equity tranches
 * carry a coupon, the equity tranche none. That the tranche sizes sum to the pool balance is
 * checked against the pool ({@link #checkAgainstPool}).
 */
public final class DealStructureReader {
  public static final String NOT_AN_OBJECT =
      "The structure must be a JSON object with tranches, principalPayment, fees, triggers and"
          + " optionally reserve and cleanUpCall.";
  public static final String NO_TRANCHES = "The deal needs at least one tranche.";
  public static final String NO_EQUITY = "The deal needs an EQUITY tranche, the last one.";
  public static final String EQUITY_NOT_LAST =
      "The EQUITY tranche must be the last one (tranches are listed most senior first).";
  public static final String ONE_EQUITY = "The deal has more than one EQUITY tranche.";
  public static final String SENIORITY_ORDER =
      "Tranches must be listed most senior first: SENIOR, then MEZZANINE, then EQUITY.";
  public static final String DUPLICATE_TRANCHE = "Two tranches are named %s: names must be unique.";
  public static final String SIZES_DO_NOT_SUM =
      "The tranche sizes sum to %s but the pool balance is %s: they must be equal to the cent.";
  public static final String EMPTY_POOL = "The pool is empty: add assets before the structure.";

  private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+\\.[0-9]+|-?[0-9]+");
  private static final Pattern RATE = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}");
  private static final BigDecimal MAX_RATE = BigDecimal.ONE;

  private static final Set<String> TOP =
      Set.of("tranches", "principalPayment", "fees", "reserve", "triggers", "cleanUpCall");
  private static final Set<String> TRANCHE = Set.of("name", "class", "balance", "coupon");
  private static final Set<String> FEE = Set.of("name", "fixed", "rate");
  private static final Set<String> RESERVE = Set.of("target", "initial");
  private static final Set<String> TRIGGER =
      Set.of("name", "test", "tranche", "threshold", "curable", "effect");
  private static final Set<String> CLEAN_UP = Set.of("poolFactor");

  private final int digits;
  private final String currency;
  private final List<String> problems = new ArrayList<>();

  private DealStructureReader(String currency, int digits) {
    this.currency = currency;
    this.digits = digits;
  }

  /**
   * The structure in {@code json}, for a deal in {@code currency} with {@code minorDigits}.
   *
   * @throws ValidationException with every problem found
   */
  public static DealStructure read(JsonNode json, String currency, int minorDigits) {
    return new DealStructureReader(currency, minorDigits).structure(json);
  }

  /**
   * Refuses a structure whose tranche sizes do not sum exactly to the pool balance.
   *
   * @throws ValidationException naming both sums
   */
  public static void checkAgainstPool(DealStructure structure, long poolMinor, String currency) {
    if (poolMinor <= 0) {
      throw new ValidationException(EMPTY_POOL);
    }
    long total = structure.trancheTotalMinor();
    if (total != poolMinor) {
      int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
      throw new ValidationException(
          String.format(
              SIZES_DO_NOT_SUM,
              DealFileWriter.amount(total, digits),
              DealFileWriter.amount(poolMinor, digits)));
    }
  }

  private DealStructure structure(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new ValidationException(NOT_AN_OBJECT);
    }
    unknown(json, TOP, "The structure");
    List<DealStructure.Tranche> tranches = tranches(json.get("tranches"));
    DealStructure.PrincipalPayment principal =
        enumValue(
            json.get("principalPayment"),
            DealStructure.PrincipalPayment.class,
            "principalPayment",
            true);
    List<DealStructure.Fee> fees = fees(json.get("fees"));
    DealStructure.Reserve reserve = reserve(json.get("reserve"));
    List<DealStructure.Trigger> triggers = triggers(json.get("triggers"), tranches);
    BigDecimal cleanUp = null;
    JsonNode call = json.get("cleanUpCall");
    if (call != null && !call.isNull()) {
      if (!call.isObject()) {
        problems.add("cleanUpCall must be an object such as {\"poolFactor\": \"0.10\"}.");
      } else {
        unknown(call, CLEAN_UP, "cleanUpCall");
        cleanUp = ratio(call.get("poolFactor"), "cleanUpCall.poolFactor", true);
        if (cleanUp != null && (cleanUp.signum() <= 0 || cleanUp.compareTo(BigDecimal.ONE) >= 0)) {
          problems.add("cleanUpCall.poolFactor must be between 0 and 1 (e.g. \"0.10\").");
          cleanUp = null;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new DealStructure(tranches, principal, fees, reserve, triggers, cleanUp);
  }

  private List<DealStructure.Tranche> tranches(JsonNode array) {
    List<DealStructure.Tranche> tranches = new ArrayList<>();
    if (array == null || array.isNull()) {
      problems.add(NO_TRANCHES);
      return tranches;
    }
    if (!array.isArray()) {
      problems.add("tranches must be an array of objects with name, class, balance and coupon.");
      return tranches;
    }
    if (array.isEmpty()) {
      problems.add(NO_TRANCHES);
      return tranches;
    }
    Set<String> names = new HashSet<>();
    int i = 0;
    for (JsonNode t : array) {
      String where = "tranches[" + i++ + "]";
      if (!t.isObject()) {
        problems.add(where + " must be an object with name, class, balance and coupon.");
        continue;
      }
      unknown(t, TRANCHE, where);
      String name = name(t.get("name"), where + ".name");
      if (name != null && !names.add(name.toUpperCase(Locale.ROOT))) {
        problems.add(String.format(DUPLICATE_TRANCHE, name));
      }
      TrancheClass trancheClass =
          enumValue(t.get("class"), TrancheClass.class, where + ".class", true);
      Long balance = amount(t.get("balance"), where + ".balance", true);
      BigDecimal coupon = ratio(t.get("coupon"), where + ".coupon", false);
      if (coupon != null && coupon.compareTo(MAX_RATE) >= 0) {
        problems.add(where + ".coupon must be below 1 (an annual rate such as \"0.035\").");
      }
      if (trancheClass == TrancheClass.EQUITY && coupon != null) {
        problems.add(where + ": the EQUITY tranche has no coupon (it takes the residual).");
      }
      if (trancheClass != null && trancheClass != TrancheClass.EQUITY && coupon == null) {
        problems.add(where + ".coupon is missing: a " + trancheClass + " tranche pays a coupon.");
      }
      if (name != null && trancheClass != null && balance != null) {
        tranches.add(new DealStructure.Tranche(name, trancheClass, balance, coupon));
      }
    }
    if (tranches.size() == array.size()) {
      long equities =
          tranches.stream().filter(t -> t.trancheClass() == TrancheClass.EQUITY).count();
      if (equities == 0) {
        problems.add(NO_EQUITY);
      } else if (equities > 1) {
        problems.add(ONE_EQUITY);
      } else if (tranches.get(tranches.size() - 1).trancheClass() != TrancheClass.EQUITY) {
        problems.add(EQUITY_NOT_LAST);
      }
      for (int k = 1; k < tranches.size(); k++) {
        if (tranches.get(k).trancheClass().ordinal()
            < tranches.get(k - 1).trancheClass().ordinal()) {
          problems.add(SENIORITY_ORDER);
          break;
        }
      }
    }
    return tranches;
  }

  private List<DealStructure.Fee> fees(JsonNode array) {
    List<DealStructure.Fee> fees = new ArrayList<>();
    if (array == null || array.isNull()) {
      return fees;
    }
    if (!array.isArray()) {
      problems.add("fees must be an array of objects with name and either fixed or rate.");
      return fees;
    }
    Set<String> names = new HashSet<>();
    int i = 0;
    for (JsonNode f : array) {
      String where = "fees[" + i++ + "]";
      if (!f.isObject()) {
        problems.add(where + " must be an object with name and either fixed or rate.");
        continue;
      }
      unknown(f, FEE, where);
      String name = name(f.get("name"), where + ".name");
      if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
        problems.add("Two fees are named " + name + ": names must be unique.");
      }
      boolean hasFixed = f.has("fixed") && !f.get("fixed").isNull();
      boolean hasRate = f.has("rate") && !f.get("rate").isNull();
      if (hasFixed == hasRate) {
        problems.add(where + " must have exactly one of fixed (an amount) or rate (annual).");
        continue;
      }
      Long fixed = hasFixed ? amount(f.get("fixed"), where + ".fixed", true) : null;
      BigDecimal rate = hasRate ? ratio(f.get("rate"), where + ".rate", true) : null;
      if (rate != null && (rate.signum() <= 0 || rate.compareTo(MAX_RATE) >= 0)) {
        problems.add(where + ".rate must be above 0 and below 1 (e.g. \"0.005\").");
        rate = null;
      }
      if (name != null && (fixed != null || rate != null)) {
        fees.add(new DealStructure.Fee(name, fixed, rate));
      }
    }
    return fees;
  }

  private DealStructure.Reserve reserve(JsonNode r) {
    if (r == null || r.isNull()) {
      return null;
    }
    if (!r.isObject()) {
      problems.add("reserve must be an object with target and initial amounts.");
      return null;
    }
    unknown(r, RESERVE, "reserve");
    Long target = amount(r.get("target"), "reserve.target", true);
    Long initial = amount(r.get("initial"), "reserve.initial", true);
    if (target == null || initial == null) {
      return null;
    }
    if (initial > target) {
      problems.add("reserve.initial must not exceed reserve.target.");
      return null;
    }
    return new DealStructure.Reserve(target, initial);
  }

  private List<DealStructure.Trigger> triggers(
      JsonNode array, List<DealStructure.Tranche> tranches) {
    List<DealStructure.Trigger> triggers = new ArrayList<>();
    if (array == null || array.isNull()) {
      return triggers;
    }
    if (!array.isArray()) {
      problems.add(
          "triggers must be an array of objects with name, test, threshold, curable and effect.");
      return triggers;
    }
    Set<String> names = new HashSet<>();
    int i = 0;
    for (JsonNode t : array) {
      String where = "triggers[" + i++ + "]";
      if (!t.isObject()) {
        problems.add(where + " must be an object with name, test, threshold, curable and effect.");
        continue;
      }
      unknown(t, TRIGGER, where);
      String name = name(t.get("name"), where + ".name");
      if (name != null && !names.add(name.toUpperCase(Locale.ROOT))) {
        problems.add("Two triggers are named " + name + ": names must be unique.");
      }
      DealStructure.TriggerTest test =
          enumValue(t.get("test"), DealStructure.TriggerTest.class, where + ".test", true);
      String tranche = null;
      JsonNode trancheNode = t.get("tranche");
      boolean perTranche =
          test == DealStructure.TriggerTest.OC || test == DealStructure.TriggerTest.IC;
      if (trancheNode != null && !trancheNode.isNull()) {
        if (!trancheNode.isTextual()) {
          problems.add(where + ".tranche must be a tranche's name (a string).");
        } else {
          tranche = trancheNode.asText();
          String named = tranche;
          boolean known =
              tranches.stream()
                  .anyMatch(x -> x.name().equals(named) && x.trancheClass() != TrancheClass.EQUITY);
          if (!known) {
            problems.add(where + ".tranche names no SENIOR or MEZZANINE tranche: " + tranche + ".");
          } else if (!perTranche && test != null) {
            problems.add(where + ": a " + test + " test is about the pool, not a tranche.");
          }
        }
      } else if (perTranche) {
        problems.add(where + ".tranche is missing: an " + test + " test is about one tranche.");
      }
      BigDecimal threshold = ratio(t.get("threshold"), where + ".threshold", true);
      if (threshold != null && threshold.signum() <= 0) {
        problems.add(where + ".threshold must be above 0.");
      }
      JsonNode curable = t.get("curable");
      if (curable == null || !curable.isBoolean()) {
        problems.add(where + ".curable must be true or false (a JSON boolean).");
      }
      DealStructure.TriggerEffect effect =
          enumValue(t.get("effect"), DealStructure.TriggerEffect.class, where + ".effect", true);
      if (name != null
          && test != null
          && threshold != null
          && curable != null
          && curable.isBoolean()
          && effect != null) {
        triggers.add(
            new DealStructure.Trigger(name, test, tranche, threshold, curable.asBoolean(), effect));
      }
    }
    return triggers;
  }

  private void unknown(JsonNode object, Set<String> known, String where) {
    Iterator<String> fields = object.fieldNames();
    while (fields.hasNext()) {
      String field = fields.next();
      if (!known.contains(field)) {
        problems.add(where + " has an unknown field: " + field + ".");
      }
    }
  }

  private String name(JsonNode node, String where) {
    if (node == null || node.isNull()) {
      problems.add(where + " is missing.");
      return null;
    }
    if (!node.isTextual() || !NAME.matcher(node.asText()).matches()) {
      problems.add(
          where + " must be a string of 1 to 40 letters, digits, spaces, '.', '_' or '-'.");
      return null;
    }
    return node.asText();
  }

  private <E extends Enum<E>> E enumValue(
      JsonNode node, Class<E> type, String where, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problems.add(where + " is missing (one of " + values(type) + ").");
      }
      return null;
    }
    if (node.isTextual()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(node.asText())) {
          return e;
        }
      }
    }
    problems.add(where + " must be one of " + values(type) + ", not " + node + ".");
    return null;
  }

  private static <E extends Enum<E>> String values(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    return String.join(", ", names);
  }

  /** An amount: a JSON string, positive, at most the currency's digits; in minor units. */
  private Long amount(JsonNode node, String where, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problems.add(where + " is missing (an amount as a string, e.g. \"8000000.00\").");
      }
      return null;
    }
    if (!node.isTextual()) {
      problems.add(where + " must be a JSON string such as \"8000000.00\", not " + node + ".");
      return null;
    }
    String text = node.asText();
    if (!AMOUNT.matcher(text).matches()) {
      problems.add(where + " is not an amount: " + text + " (write e.g. \"8000000.00\").");
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    if (value.signum() <= 0) {
      problems.add(where + ": " + Money.NOT_POSITIVE);
      return null;
    }
    if (value.compareTo(Money.MAX_AMOUNT) > 0) {
      problems.add(where + ": " + Money.TOO_LARGE);
      return null;
    }
    if (value.scale() > digits) {
      problems.add(where + ": " + currency + " amounts have at most " + digits + " decimals.");
      return null;
    }
    return value.movePointRight(digits).longValueExact();
  }

  /** A rate or ratio: a JSON string of digits with an optional decimal part, not negative. */
  private BigDecimal ratio(JsonNode node, String where, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problems.add(where + " is missing (a decimal as a string, e.g. \"0.035\").");
      }
      return null;
    }
    if (!node.isTextual()) {
      problems.add(where + " must be a JSON string such as \"0.035\", not " + node + ".");
      return null;
    }
    String text = node.asText();
    if (text.length() > 20 || !RATE.matcher(text).matches()) {
      problems.add(where + " is not a decimal such as \"0.035\": " + text + ".");
      return null;
    }
    return new BigDecimal(text);
  }
}
