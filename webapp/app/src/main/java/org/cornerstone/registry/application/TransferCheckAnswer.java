package org.cornerstone.registry.application;

import java.util.List;

/**
 * The pre-transfer check's answer: allowed, or refused with every failed rule.
 *
 * @param ruleSetVersion the version of the rule set checked
 */
public record TransferCheckAnswer(boolean allowed, int ruleSetVersion, List<Reason> reasons) {
  public TransferCheckAnswer {
    reasons = List.copyOf(reasons);
  }

  /**
   * One failed rule.
   *
   * @param code stable, e.g. {@code MAX_HOLDERS_REACHED}
   */
  public record Reason(String code, String message, String messageZh) {}
}
