package org.cornerstone.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.cornerstone.party.application.InvestorOnboardingProcess;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.workflows.investor.InvestorCategory;
import org.cornerstone.workflows.investor.InvestorOnboarding;
import org.cornerstone.workflows.investor.InvestorProfileListener;
import org.cornerstone.workflows.rules.Reviews;

/** {@link InvestorOnboardingProcess} on the embedded Camunda 7 engine. */
@ApplicationScoped
public class CamundaInvestorOnboardingProcess implements InvestorOnboardingProcess {
  static final String TASK_GONE =
      "Your profile was already submitted: this task is no longer open.";
  static final String REFUSED = "The profile was refused: %s";

  @Inject ProcessEngine engine;

  @Override
  public String start(String investorId, String investorUser) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            InvestorOnboarding.PROCESS_KEY,
            investorId,
            InvestorOnboarding.startVariables(investorId, investorUser))
        .getId();
  }

  @Override
  public Optional<ProfileTask> openProfileTask(String investorId) {
    return openTask(investorId, InvestorOnboarding.TASK_SUBMIT_INVESTOR_PROFILE)
        .map(
            t ->
                new ProfileTask(
                    t.getId(),
                    t.getAssignee(),
                    toInstant(t.getCreateTime()),
                    reworkComment(t.getId())));
  }

  @Override
  public Optional<ComplianceReview> openComplianceReview(String investorId) {
    return openTask(investorId, InvestorOnboarding.TASK_COMPLIANCE_REVIEW)
        .map(
            t ->
                new ComplianceReview(
                    t.getId(),
                    t.getAssignee(),
                    toInstant(t.getCreateTime()),
                    toInstant(t.getDueDate())));
  }

  @Override
  public void submitProfile(String taskId, String country, InvestorCategory category) {
    if (engine.getTaskService().createTaskQuery().taskId(taskId).active().count() == 0) {
      throw new ConflictException(TASK_GONE);
    }
    try {
      engine
          .getTaskService()
          .complete(taskId, InvestorOnboarding.profileVariables(country, category));
    } catch (OptimisticLockingException e) {
      throw new ConflictException(TASK_GONE, e);
    } catch (ProcessEngineException e) {
      String refusal = refusal(e);
      if (refusal != null) {
        throw new ValidationException(String.format(REFUSED, refusal));
      }
      if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
        throw new ConflictException(TASK_GONE, e);
      }
      throw e;
    }
  }

  /** The profile guard's message, if it is what refused the completion. */
  private static String refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null
          && (message.contains(InvestorProfileListener.BAD_COUNTRY)
              || message.contains(InvestorProfileListener.BAD_CATEGORY))) {
        return message;
      }
    }
    return null;
  }

  private Optional<Task> openTask(String investorId, String taskKey) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processDefinitionKey(InvestorOnboarding.PROCESS_KEY)
            .processInstanceBusinessKey(investorId)
            .taskDefinitionKey(taskKey)
            .active()
            .orderByTaskCreateTime()
            .desc()
            .list();
    return tasks.stream().findFirst();
  }

  private String reworkComment(String taskId) {
    Object comment = engine.getTaskService().getVariable(taskId, Reviews.VAR_REWORK_COMMENT);
    return comment instanceof String text && !text.isBlank() ? text : null;
  }

  private static Instant toInstant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
