package org.cornerstone.securitization.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.waterfall.Deal;
import org.cornerstone.waterfall.DealFileReader;
import org.cornerstone.waterfall.PeriodCollections;
import org.cornerstone.waterfall.PeriodResult;
import org.cornerstone.waterfall.ResultCsv;
import org.cornerstone.waterfall.ResultJson;
import org.cornerstone.waterfall.Waterfall;
import org.cornerstone.waterfall.tape.Projection;

/**
 * An analyst's what-if (issue 14): a deal file run through the waterfall engine on given period
 * collections, or on the collections projected from a loan tape under CPR/CDR assumptions. Nothing
 * is stored and nothing is read from the platform: the answer depends on the input alone, exactly
 * as the command line's ({@code WaterfallCli}) does.
 */
@ApplicationScoped
public class WaterfallScenarios {
  /** The longest projection: 100 years of monthly payment dates. */
  public static final int MAX_PERIODS = 1200;

  static final String NO_DEAL =
      "Field 'deal' is required: the deal file as a JSON object (docs/securitization/deal-file.md).";
  static final String ONE_SOURCE =
      "Send either 'collections' (the period collections) or 'tape' (a loan tape as CSV text), not"
          + " both and not neither.";
  static final String ASSUMPTIONS_NEED_TAPE =
      "'cpr', 'cdr' and 'periods' are assumptions for projecting a loan tape; they need 'tape'.";
  static final String BAD_RATE =
      "Field '%s' must be an annual rate from 0 up to (not including) 1.";
  static final String BAD_PERIODS = "Field 'periods' must be from 1 to " + MAX_PERIODS + ".";

  /**
   * What to run. {@code deal} and {@code collections} are JSON text (the deal file, and an array of
   * period collections); {@code tape} is CSV text with {@code cpr}/{@code cdr} as decimal strings
   * (default 0) and {@code periods} (default 360).
   */
  public record Scenario(
      String deal, String collections, String tape, String cpr, String cdr, Integer periods) {}

  /** The periods as the engine's JSON (with the step log) and as CSV (a row per period). */
  public record Outcome(String dealId, int periods, String json, String csv) {}

  /**
   * Runs the scenario.
   *
   * @throws ValidationException a missing or contradictory field, or a deal file, collections or
   *     tape the engine refuses (its message names the place: {@code deal.tranches[1].balance: …},
   *     {@code tape: line 3 …})
   */
  public Outcome run(Scenario scenario) {
    if (scenario.deal() == null) {
      throw new ValidationException(NO_DEAL);
    }
    boolean tape = scenario.tape() != null;
    if (tape == (scenario.collections() != null)) {
      throw new ValidationException(ONE_SOURCE);
    }
    if (!tape && (scenario.cpr() != null || scenario.cdr() != null || scenario.periods() != null)) {
      throw new ValidationException(ASSUMPTIONS_NEED_TAPE);
    }
    Deal deal;
    try {
      deal = DealFileReader.read(scenario.deal());
    } catch (IllegalArgumentException e) {
      throw new ValidationException(placed("deal", e.getMessage()));
    }
    List<PeriodCollections> collections;
    if (tape) {
      Projection.Assumptions assumptions =
          new Projection.Assumptions(rate("cpr", scenario.cpr()), rate("cdr", scenario.cdr()));
      int periods = scenario.periods() == null ? 360 : scenario.periods();
      if (periods < 1 || periods > MAX_PERIODS) {
        throw new ValidationException(BAD_PERIODS);
      }
      try {
        collections =
            Projection.forDeal(deal, new StringReader(scenario.tape()), assumptions, periods);
      } catch (IllegalArgumentException e) {
        throw new ValidationException("tape: " + e.getMessage());
      }
    } else {
      try {
        collections =
            DealFileReader.readCollectionsList(new StringReader(scenario.collections()), deal);
      } catch (IllegalArgumentException e) {
        throw new ValidationException(placed("collections", e.getMessage()));
      }
    }
    List<PeriodResult> results;
    try {
      results = Waterfall.run(deal, collections);
    } catch (IllegalArgumentException e) {
      throw new ValidationException("collections: " + e.getMessage());
    }
    return new Outcome(
        deal.dealId(),
        results.size(),
        ResultJson.write(deal, results),
        ResultCsv.write(deal, results));
  }

  /**
   * The engine's message with its JSON path ({@code $}, {@code [0].x}, {@code a.b}) under field.
   */
  static String placed(String field, String message) {
    if (message.startsWith("$")) {
      return field + message.substring(1);
    }
    return message.startsWith("[") ? field + message : field + "." + message;
  }

  private static BigDecimal rate(String field, String text) {
    if (text == null) {
      return BigDecimal.ZERO;
    }
    return Projection.Assumptions.rate(text)
        .orElseThrow(() -> new ValidationException(String.format(BAD_RATE, field)));
  }
}
