package org.cornerstone.workflows.registry;

/**
 * What the {@code transfer-rules-change} process asks of the application after a trustee approved
 * the change. Implemented by the web app. Idempotent by the change id: a retried job gets the
 * transaction made the first time.
 */
public interface TransferRulesChangeSteps {
  /**
   * Publishes the approved rule set on the ledger (request key {@code rules-<changeId>.publish});
   * returns the ledger transaction id.
   */
  String publishRuleSet(String changeId);
}
