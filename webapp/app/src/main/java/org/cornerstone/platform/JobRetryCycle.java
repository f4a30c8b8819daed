package org.cornerstone.platform;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The pace at which a failed job is tried again. Every model declares its own cycle on each step
 * that leaves the process ({@code R3/PT30S}: three attempts, 30 s apart, then an incident for the
 * operator). {@code cornerstone.jobs.retry-cycle} (an ISO-8601 repeating interval such as {@code
 * R5/PT2M}) replaces that cycle on every step that declares one, for an installation whose ledger
 * or bank needs a different pace; steps without a cycle keep the engine's default. The
 * integration-test server sets {@code R3/PT1S}: the same three attempts and the same incident,
 * without waiting a minute and a half for them.
 *
 * <p>Registered on the engine as a post-BPMN parse listener when the setting is present, so the
 * models keep their own figure and nothing changes when it is absent.
 */
public final class JobRetryCycle extends AbstractBpmnParseListener {
  static final String PROPERTY = "cornerstone.jobs.retry-cycle";

  private final String cycle;
  private final FailedJobRetryConfiguration configuration;

  private JobRetryCycle(String cycle, FailedJobRetryConfiguration configuration) {
    this.cycle = cycle;
    this.configuration = configuration;
  }

  /** The listener for the configured cycle; empty when none is set. */
  public static Optional<JobRetryCycle> of(Settings settings) {
    return settings.get(PROPERTY).map(String::strip).map(JobRetryCycle::checked);
  }

  static JobRetryCycle checked(String cycle) {
    if (cycle.isEmpty() || cycle.contains("${") || cycle.contains("#{")) {
      throw new IllegalStateException(PROPERTY + " must be a cycle such as R3/PT30S: " + cycle);
    }
    FailedJobRetryConfiguration parsed = ParseUtil.parseRetryIntervals(cycle);
    if (parsed == null || parsed.getRetries() < 1) {
      throw new IllegalStateException(
          PROPERTY
              + " must be an ISO-8601 repeating interval such as R3/PT30S, or intervals such as"
              + " PT1M,PT5M,PT10M: "
              + cycle);
    }
    return new JobRetryCycle(cycle, parsed);
  }

  /** The cycle as configured, e.g. {@code R3/PT1S}. */
  public String cycle() {
    return cycle;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    replaceIn(processDefinition.getActivities());
  }

  void replaceIn(List<ActivityImpl> activities) {
    for (ActivityImpl activity : activities) {
      var properties = activity.getProperties();
      if (properties.contains(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION)) {
        // read only by the engine: one configuration serves every step
        properties.set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION, configuration);
      }
      replaceIn(activity.getActivities());
    }
  }
}
