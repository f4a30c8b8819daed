package org.cornerstone.financing.application;

/** Starts the {@code receivable-onboarding} process of a submitted receivable. */
public interface ReceivableOnboardingProcess {
  /** Starts the process in the caller's transaction; returns the process instance id. */
  String start(String receivableId, String supplierUser, String debtorOrganisation);
}
