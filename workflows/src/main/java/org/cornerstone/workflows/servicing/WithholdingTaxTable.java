package org.cornerstone.workflows.servicing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The {@code withholding-tax} decision table ({@code dmn/withholding-tax.dmn}) evaluated by
 * Camunda's DMN engine on its own (no process engine, no database): the basis points withheld from
 * a distribution by investor country and category. Thread-safe once built.
 */
public final class WithholdingTaxTable {
  public static final String DECISION = "withholding-tax";
  public static final String RESOURCE = "dmn/" + DECISION + ".dmn";
  public static final String INPUT_COUNTRY = "country";
  public static final String INPUT_CATEGORY = "category";
  public static final String OUTPUT_WITHHOLDING_BPS = "withholdingBps";

  /** The category of a holder that is not a registered investor (e.g. the issuer). */
  public static final String UNKNOWN_CATEGORY = "UNKNOWN";

  public static final String NO_RATE = "The withholding-tax table has no rate for %s/%s.";

  private final DmnEngine engine;
  private final DmnDecision decision;

  public WithholdingTaxTable() {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in =
        WithholdingTaxTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      decision = engine.parseDecision(DECISION, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Basis points withheld (0..10000). */
  public int rateBps(String country, String category) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(INPUT_COUNTRY, country == null ? "" : country);
    variables.put(INPUT_CATEGORY, category == null ? UNKNOWN_CATEGORY : category);
    DmnDecisionResult result = engine.evaluateDecision(decision, variables);
    if (result.isEmpty()) {
      throw new IllegalStateException(String.format(NO_RATE, country, category));
    }
    Object bps = result.getSingleResult().getEntryMap().get(OUTPUT_WITHHOLDING_BPS);
    int rate = ((Number) bps).intValue();
    if (rate < 0 || rate > 10_000) {
      throw new IllegalStateException("Withholding rate out of range: " + rate);
    }
    return rate;
  }
}
