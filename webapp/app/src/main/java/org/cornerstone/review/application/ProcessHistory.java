package org.cornerstone.review.application;

import java.util.List;
import java.util.Optional;

/** The history port: what a process instance went through, and its model for drawing. */
public interface ProcessHistory {
  /** The steps the process has been through, in order. */
  List<ProcessStep> history(String processInstanceId);

  /** The process definition an instance runs (it keeps it when a newer version is deployed). */
  Optional<ProcessDefinition> definitionOf(String processInstanceId);

  /** The BPMN 2.0 XML of a process definition, for drawing it. */
  Optional<String> diagram(String processDefinitionId);

  /** Elements the instance currently waits in (empty when it has ended). */
  List<String> activeElements(String processInstanceId);

  /** The elements of the instance's process whose job failed and became an incident. */
  List<String> failedElements(String processInstanceId);

  Optional<String> processDefinitionId(String processInstanceId);
}
