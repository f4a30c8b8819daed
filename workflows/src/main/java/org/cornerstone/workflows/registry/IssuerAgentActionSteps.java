package org.cornerstone.workflows.registry;

/**
 * What the {@code issuer-agent-action} process asks of the application. Implemented by the web app.
 */
public interface IssuerAgentActionSteps {

  /**
   * Carries out the approved action: on the ledger (freeze, unfreeze, forced transfer, recovery)
   * under the request key {@link IssuerAgentAction#requestKey}, or in the register (pause, resume).
   * Idempotent: a retry returns what the first run recorded. Returns the ledger transaction id (or
   * the register's record id).
   */
  String execute(String actionId);

  /** Records that a trustee rejected the action, with the reason. */
  void recordRejection(String actionId, String reason);
}
