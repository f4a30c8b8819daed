package org.cornerstone.origination.infrastructure;

import org.cornerstone.origination.domain.RiskClass;

/**
 * The one mapping between origination's risk class and the workflows module's (which the DMN tables
 * and process models use). The enums exist twice because the workflows module cannot depend on the
 * app; each switch fails to compile when either side gains a value.
 */
public final class WorkflowTerms {
  private WorkflowTerms() {}

  public static org.cornerstone.workflows.rules.RiskClass riskClass(RiskClass risk) {
    return switch (risk) {
      case LOW -> org.cornerstone.workflows.rules.RiskClass.LOW;
      case MEDIUM -> org.cornerstone.workflows.rules.RiskClass.MEDIUM;
      case HIGH -> org.cornerstone.workflows.rules.RiskClass.HIGH;
    };
  }
}
