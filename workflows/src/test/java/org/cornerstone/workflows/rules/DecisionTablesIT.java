package org.cornerstone.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.rules.Decisions.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.cornerstone.workflows.origination.TestProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluates both decision tables with the engine's DecisionService on PostgreSQL. */
@Deployment(resources = {REQUIRED_DOCUMENTS_RESOURCE, TOKENIZATION_CAP_RESOURCE})
class DecisionTablesIT {

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(TestProcessEngine.get()).build();

  private DecisionService decisions;

  @BeforeEach
  void services() {
    decisions = engine.getDecisionService();
  }

  private List<String> requiredDocuments(String assetKind, String jurisdiction) {
    java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
    variables.put(INPUT_ASSET_KIND, assetKind);
    variables.put(INPUT_JURISDICTION, jurisdiction);
    DmnDecisionResult result =
        decisions.evaluateDecisionByKey(REQUIRED_DOCUMENTS).variables(variables).evaluate();
    return result.collectEntries(OUTPUT_DOCUMENT_TYPE);
  }

  @Test
  void realEstateInMainlandChinaNeedsTitleDeedAppraisalAndInsurance() {
    assertThat(requiredDocuments("REAL_ESTATE", "CN-SH"))
        .containsExactly(DOC_TITLE_DEED, DOC_APPRAISAL_REPORT, DOC_INSURANCE_CERTIFICATE);
    assertThat(requiredDocuments("REAL_ESTATE", "CN"))
        .containsExactly(DOC_TITLE_DEED, DOC_APPRAISAL_REPORT, DOC_INSURANCE_CERTIFICATE);
  }

  @ParameterizedTest
  @CsvSource({
    "REAL_ESTATE, HK, TITLE_DEED|APPRAISAL_REPORT|LAND_SEARCH",
    "REAL_ESTATE, SG, TITLE_DEED|APPRAISAL_REPORT|LAND_SEARCH",
    "REAL_ESTATE, DE, TITLE_DEED|APPRAISAL_REPORT|LEGAL_OPINION",
    "REAL_ESTATE, CNX, TITLE_DEED|APPRAISAL_REPORT|LEGAL_OPINION",
    "COPYRIGHT, CN-BJ, REGISTRATION_CERTIFICATE|CHAIN_OF_RIGHTS|ROYALTY_HISTORY",
    "COPYRIGHT, US, REGISTRATION_CERTIFICATE|CHAIN_OF_RIGHTS|ROYALTY_HISTORY",
    "COPYRIGHT, HK, STATUTORY_DECLARATION|CHAIN_OF_RIGHTS|ROYALTY_HISTORY",
    "COPYRIGHT, SG, STATUTORY_DECLARATION|CHAIN_OF_RIGHTS|ROYALTY_HISTORY",
  })
  void requiredDocumentsPerAssetKindAndJurisdiction(
      String assetKind, String jurisdiction, String expected) {
    assertThat(requiredDocuments(assetKind, jurisdiction)).containsExactly(expected.split("\\|"));
  }

  @Test
  void missingJurisdictionCountsAsOtherAndUnknownAssetKindNeedsNothing() {
    assertThat(requiredDocuments("COPYRIGHT", null))
        .containsExactly(DOC_REGISTRATION_CERTIFICATE, DOC_CHAIN_OF_RIGHTS, DOC_ROYALTY_HISTORY);
    assertThat(requiredDocuments("SHIP", "HK")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "REAL_ESTATE, LOW, 7000",
    "REAL_ESTATE, MEDIUM, 6000",
    "REAL_ESTATE, HIGH, 5000",
    "COPYRIGHT, LOW, 5000",
    "COPYRIGHT, MEDIUM, 4000",
    "COPYRIGHT, HIGH, 3000",
  })
  void tokenizationCapIsAnIntegerNumberOfBasisPoints(
      String assetKind, String riskClass, int expectedBps) {
    DmnDecisionResult result =
        decisions
            .evaluateDecisionByKey(TOKENIZATION_CAP)
            .variables(Map.of(INPUT_ASSET_KIND, assetKind, INPUT_RISK_CLASS, riskClass))
            .evaluate();
    Object bps = result.getSingleEntry();
    assertThat(bps).isInstanceOf(Integer.class).isEqualTo(expectedBps);
    assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys(OUTPUT_LOAN_TO_VALUE_BPS);
  }

  @Test
  void everyAssetKindAndRiskClassHasExactlyOneCapAndUnknownOnesNone() {
    for (AssetKind kind : AssetKind.values()) {
      for (RiskClass risk : RiskClass.values()) {
        DmnDecisionResult result =
            decisions
                .evaluateDecisionByKey(TOKENIZATION_CAP)
                .variables(Map.of(INPUT_ASSET_KIND, kind.name(), INPUT_RISK_CLASS, risk.name()))
                .evaluate();
        assertThat(result).as(kind + "/" + risk).hasSize(1);
        assertThat((Integer) result.getSingleEntry()).isBetween(0, TokenizationCap.FULL_BPS);
      }
    }
    assertThat(
            decisions
                .evaluateDecisionByKey(TOKENIZATION_CAP)
                .variables(Map.of(INPUT_ASSET_KIND, "COPYRIGHT", INPUT_RISK_CLASS, "UNRATED"))
                .evaluate())
        .isEmpty();
  }
}
