package org.cornerstone.workflows.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.cornerstone.workflows.origination.FakeOnboardingSteps;
import org.cornerstone.workflows.origination.RealEstateOnboarding;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's core does what it claims: every instance goes the whole happy path. A correctness
 * test with three instances; no timing is asserted.
 */
class ProcessThroughputBenchmarkIT {

  @Test
  void everyInstanceOfARunEndsTokenized() throws Exception {
    FakeOnboardingSteps steps = new FakeOnboardingSteps();
    ProcessEngine engine = ProcessThroughputBenchmark.buildEngine(steps, 2);
    try {
      String deploymentId = ProcessThroughputBenchmark.deploy(engine);
      try {
        ProcessThroughputBenchmark.Result result = ProcessThroughputBenchmark.run(engine, 3, 2);

        assertThat(result.instances()).isEqualTo(3);
        assertThat(Arrays.stream(result.nanosPerInstance()).filter(nanos -> nanos > 0)).hasSize(3);
        assertThat(result.ids()).hasSize(3).doesNotHaveDuplicates();
        List<HistoricProcessInstance> history =
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(result.ids()))
                .list();
        assertThat(history)
            .hasSize(3)
            .allSatisfy(
                instance -> {
                  assertThat(instance.getProcessDefinitionKey())
                      .isEqualTo(RealEstateOnboarding.PROCESS_KEY);
                  assertThat(instance.getState())
                      .isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
                  assertThat(instance.getEndActivityId())
                      .isEqualTo(RealEstateOnboarding.END_REAL_ESTATE_TOKENIZED);
                });
        assertThat(steps.valuations()).hasSize(3);
        assertThat(steps.ledger()).hasSize(3);
        assertThat(steps.notifications()).hasSize(3);
        assertThat(steps.rejections()).isEmpty();
        // the baseline's instances run start to end, with their history
        ProcessThroughputBenchmark.Result noop = ProcessThroughputBenchmark.runNoop(engine, 4, 2);
        assertThat(
                engine
                    .getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processInstanceIds(new HashSet<>(noop.ids()))
                    .completed()
                    .count())
            .isEqualTo(4);
        // every reviewer of record is one of the five benchmark users
        assertThat(
                result.ids().stream()
                    .flatMap(
                        id ->
                            engine
                                .getHistoryService()
                                .createHistoricTaskInstanceQuery()
                                .processInstanceId(id)
                                .list()
                                .stream())
                    .map(task -> task.getTaskDefinitionKey() + "=" + task.getAssignee())
                    .distinct()
                    .toList())
            .containsExactlyInAnyOrderElementsOf(
                ProcessThroughputBenchmark.REVIEWERS.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .toList());
      } finally {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
      }
    } finally {
      engine.close();
    }
  }
}
