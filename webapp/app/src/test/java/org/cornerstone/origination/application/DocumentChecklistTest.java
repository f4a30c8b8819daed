package org.cornerstone.origination.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.workflows.rules.Decisions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The form's checklist against the real decision table the process checks submissions with. */
class DocumentChecklistTest {
  static DmnEngine dmn;
  static DmnDecision table;
  final DocumentChecklist checklist = new DocumentChecklist();

  @BeforeAll
  static void parseTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in =
        DocumentChecklistTest.class
            .getClassLoader()
            .getResourceAsStream(Decisions.REQUIRED_DOCUMENTS_RESOURCE)) {
      table = dmn.parseDecision(Decisions.REQUIRED_DOCUMENTS, in);
    }
  }

  DocumentChecklistTest() {
    checklist.table =
        (kind, jurisdiction) ->
            dmn
                .evaluateDecisionTable(
                    table,
                    Map.<String, Object>of(
                        Decisions.INPUT_ASSET_KIND,
                        kind,
                        Decisions.INPUT_JURISDICTION,
                        jurisdiction))
                .collectEntries(Decisions.OUTPUT_DOCUMENT_TYPE)
                .stream()
                .map(String::valueOf)
                .toList();
  }

  @Test
  void theAppraisalReportIsRequiredWhereverTheTableRequiresIt() {
    for (String jurisdiction : List.of("CN-SH (Shanghai)", "HK", "SG", "DE", "")) {
      assertThat(item(AssetKind.REAL_ESTATE, jurisdiction, DocumentType.APPRAISAL_REPORT))
          .as(jurisdiction)
          .isEqualTo(new DocumentChecklist.Item(DocumentType.APPRAISAL_REPORT, true, true));
    }
  }

  @Test
  void jurisdictionDecidesInsuranceLandSearchAndLegalOpinion() {
    assertThat(
            item(AssetKind.REAL_ESTATE, "CN-GD (Guangdong)", DocumentType.INSURANCE_CERTIFICATE)
                .required())
        .isTrue();
    assertThat(item(AssetKind.REAL_ESTATE, "HK", DocumentType.INSURANCE_CERTIFICATE))
        .isEqualTo(new DocumentChecklist.Item(DocumentType.INSURANCE_CERTIFICATE, false, true));
    assertThat(item(AssetKind.REAL_ESTATE, "HK", DocumentType.LAND_SEARCH))
        .isEqualTo(new DocumentChecklist.Item(DocumentType.LAND_SEARCH, true, true));
    assertThat(item(AssetKind.REAL_ESTATE, "CN-SH (Shanghai)", DocumentType.LAND_SEARCH).offered())
        .isFalse();
    assertThat(item(AssetKind.REAL_ESTATE, "DE", DocumentType.LEGAL_OPINION).required()).isTrue();
    assertThat(item(AssetKind.REAL_ESTATE, "DE", DocumentType.OTHER))
        .isEqualTo(new DocumentChecklist.Item(DocumentType.OTHER, false, true));
  }

  @Test
  void copyrightsInHongKongNeedAStatutoryDeclarationNotARegistration() {
    assertThat(item(AssetKind.COPYRIGHT, "HK", DocumentType.STATUTORY_DECLARATION).required())
        .isTrue();
    assertThat(item(AssetKind.COPYRIGHT, "HK", DocumentType.REGISTRATION_CERTIFICATE).required())
        .isFalse();
    assertThat(
            item(AssetKind.COPYRIGHT, "CN-BJ (Beijing)", DocumentType.ROYALTY_HISTORY).required())
        .isTrue();
  }

  private DocumentChecklist.Item item(AssetKind kind, String jurisdiction, DocumentType type) {
    return checklist.checklist(kind, jurisdiction).stream()
        .filter(i -> i.type() == type)
        .findFirst()
        .orElseThrow();
  }
}
