package org.cornerstone.securitization.application;

/** Starts a deal's legal review, trustee approval and closing ({@code deal-closing}). */
public interface DealClosingProcess {
  /** Starts the process for the submitted deal; returns the process instance id. */
  String start(String dealId, String structurerUser);
}
