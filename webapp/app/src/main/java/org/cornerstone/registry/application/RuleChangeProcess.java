package org.cornerstone.registry.application;

/**
 * The {@code transfer-rules-change} process as the registry sees it (Camunda behind it). The change
 * id is the business key.
 */
public interface RuleChangeProcess {
  /** Starts the trustee approval of a proposed change; returns the process instance id. */
  String start(String changeId, String instrumentId, String proposedBy);
}
