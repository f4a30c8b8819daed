package org.cornerstone.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobRetryCycleTest {
  @AfterEach
  void clear() {
    System.clearProperty(JobRetryCycle.PROPERTY);
  }

  @Test
  void withoutTheSettingTheModelsKeepTheirOwnCycle() {
    assertThat(JobRetryCycle.of(new Settings())).isEmpty();
  }

  @Test
  void theSettingReplacesTheCycleOfEveryStepThatDeclaresOneAndNoOther() {
    System.setProperty(JobRetryCycle.PROPERTY, " R3/PT1S ");
    JobRetryCycle listener = JobRetryCycle.of(new Settings()).orElseThrow();
    assertThat(listener.cycle()).isEqualTo("R3/PT1S");

    ProcessDefinitionEntity process = new ProcessDefinitionEntity();
    ActivityImpl tokenize = declaring(process.createActivity("tokenizeRealEstate"));
    ActivityImpl review = process.createActivity("complianceReview");
    ActivityImpl subProcess = process.createActivity("payEachHolder");
    ActivityImpl payHolder = declaring(subProcess.createActivity("payHolder"));

    listener.parseProcess(null, process);

    for (ActivityImpl replaced : List.of(tokenize, payHolder)) {
      FailedJobRetryConfiguration config = configOf(replaced);
      assertThat(config.getRetries()).as(replaced.getId()).isEqualTo(3);
      assertThat(config.getRetryIntervals()).as(replaced.getId()).containsExactly("R3/PT1S");
    }
    assertThat(configOf(review)).isNull();
    assertThat(configOf(subProcess)).isNull();
  }

  @Test
  void aListOfIntervalsIsTakenAsCamundaTakesItInAModel() {
    System.setProperty(JobRetryCycle.PROPERTY, "PT1M,PT5M,PT10M");
    ProcessDefinitionEntity process = new ProcessDefinitionEntity();
    ActivityImpl issue = declaring(process.createActivity("issue"));

    JobRetryCycle.of(new Settings()).orElseThrow().parseProcess(null, process);

    // Camunda's count for a list: the first attempt, then one per interval
    assertThat(configOf(issue).getRetries()).isEqualTo(4);
    assertThat(configOf(issue).getRetryIntervals()).containsExactly("PT1M", "PT5M", "PT10M");
  }

  @Test
  void aCycleThatIsNotOneStopsTheStartWithTheSettingsName() {
    for (String wrong : List.of("soon", "R0/PT1S", "${cycle}")) {
      System.setProperty(JobRetryCycle.PROPERTY, wrong);
      assertThatThrownBy(() -> JobRetryCycle.of(new Settings()))
          .as(wrong)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(JobRetryCycle.PROPERTY)
          .hasMessageContaining(wrong);
    }
  }

  /** A step as the engine's own parse listener leaves it when the model declares R3/PT30S. */
  private static ActivityImpl declaring(ActivityImpl activity) {
    activity
        .getProperties()
        .set(
            DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION,
            new FailedJobRetryConfiguration(3, List.of("R3/PT30S")));
    return activity;
  }

  private static FailedJobRetryConfiguration configOf(ActivityImpl activity) {
    return activity.getProperties().get(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION);
  }
}
