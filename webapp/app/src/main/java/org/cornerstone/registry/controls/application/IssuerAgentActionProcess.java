package org.cornerstone.registry.controls.application;

/** Starts the {@code issuer-agent-action} process for a requested action. */
public interface IssuerAgentActionProcess {
  /** Starts it with business key = the action id; returns the process instance id. */
  String start(String actionId, String kind, String requestedBy);
}
