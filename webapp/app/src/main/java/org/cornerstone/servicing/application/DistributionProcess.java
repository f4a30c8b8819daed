package org.cornerstone.servicing.application;

/** Starts the {@code distribution} process for a reported collection. */
public interface DistributionProcess {
  /** Answers the process instance id; in the caller's transaction. */
  String start(String distributionId);
}
