package org.cornerstone.origination.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.cornerstone.origination.domain.RiskClass;
import org.junit.jupiter.api.Test;

/** Origination's risk class maps one to one onto the workflows module's. */
class WorkflowTermsTest {
  @Test
  void everyRiskClassMapsToTheSameName() {
    for (RiskClass risk : RiskClass.values()) {
      assertThat(WorkflowTerms.riskClass(risk).name()).isEqualTo(risk.name());
    }
    assertThat(org.cornerstone.workflows.rules.RiskClass.values())
        .hasSameSizeAs(RiskClass.values());
  }
}
