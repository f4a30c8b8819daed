package org.cornerstone.origination.application;

import java.time.Instant;
import java.util.List;

/** An originator's overview: my assets and what the platform told me. */
public record Dashboard(List<Item> assets, List<Message> messages) {

  /**
   * One of my assets.
   *
   * @param currentStep where its process waits now (empty when it ended)
   * @param progress percent of the onboarding steps done
   * @param waitingOnMe a reviewer sent it back and it waits for my resubmission
   * @param reworkComment what the reviewer asked me to fix
   */
  public record Item(
      AssetSummary summary,
      String currentStep,
      int progress,
      boolean waitingOnMe,
      String reworkComment) {}

  public record Message(String subjectId, String text, Instant at) {}
}
