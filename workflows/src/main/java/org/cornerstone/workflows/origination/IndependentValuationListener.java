package org.cornerstone.workflows.origination;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_APPRAISED_VALUE;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_VALUATION_REPORT_DOCUMENT_ID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.cornerstone.workflows.rules.ReviewDecision;
import org.cornerstone.workflows.rules.Reviews;

/**
 * Task listener of {@value RealEstateOnboarding#TASK_INDEPENDENT_VALUATION}, after {@code
 * reviewDecisionGuard}.
 *
 * <ul>
 *   <li>{@code create}: clears an earlier {@code appraisedValue} and {@code
 *       valuationReportDocumentId}, so an approval cannot reuse figures it did not give;
 *   <li>{@code complete} with APPROVE: {@code appraisedValue} must be a decimal String greater than
 *       0 ({@link #MISSING_APPRAISED_VALUE}, {@link #INVALID_APPRAISED_VALUE}) and {@code
 *       valuationReportDocumentId}, if given, a String ({@link #INVALID_REPORT_DOCUMENT_ID}).
 *       Otherwise the completion fails and the task stays open. SEND_BACK and REJECT need no
 *       figures.
 * </ul>
 */
@Named(RealEstateOnboarding.BEAN_VALUATION_GUARD)
@Dependent
public class IndependentValuationListener implements TaskListener {

  public static final String MISSING_APPRAISED_VALUE =
      "An approved valuation needs the appraised value ('"
          + VAR_APPRAISED_VALUE
          + "'): a decimal number greater than 0 as a String, e.g. \"1250000.00\"";

  public static final String INVALID_APPRAISED_VALUE =
      "The appraised value ('"
          + VAR_APPRAISED_VALUE
          + "') must be a decimal number greater than 0 as a String, e.g. \"1250000.00\", but is ";

  public static final String INVALID_REPORT_DOCUMENT_ID =
      "The valuation report ('"
          + VAR_VALUATION_REPORT_DOCUMENT_ID
          + "') must be a document id but is ";

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        task.getExecution().removeVariable(VAR_APPRAISED_VALUE);
        task.getExecution().removeVariable(VAR_VALUATION_REPORT_DOCUMENT_ID);
      }
      case EVENTNAME_COMPLETE -> {
        if (ReviewDecision.APPROVE.name().equals(task.getVariable(Reviews.VAR_DECISION))) {
          check(task);
        }
      }
      default -> {
        // other events are not this listener's business
      }
    }
  }

  private static void check(DelegateTask task) {
    Object value = task.getVariable(VAR_APPRAISED_VALUE);
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new ProcessEngineException(MISSING_APPRAISED_VALUE);
    }
    if (!(value instanceof String text) || !isPositiveDecimal(text)) {
      throw new ProcessEngineException(INVALID_APPRAISED_VALUE + describe(value));
    }
    Object report = task.getVariable(VAR_VALUATION_REPORT_DOCUMENT_ID);
    if (report != null && !(report instanceof String)) {
      throw new ProcessEngineException(INVALID_REPORT_DOCUMENT_ID + describe(report));
    }
  }

  private static boolean isPositiveDecimal(String text) {
    try {
      return new BigDecimal(text.trim()).signum() > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String describe(Object value) {
    return value instanceof String ? "'" + value + "'" : value + " (" + value.getClass() + ")";
  }
}
