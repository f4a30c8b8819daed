package org.cornerstone.origination.application;

import org.cornerstone.origination.domain.Asset;

/**
 * The start port of an asset's onboarding case: each asset kind has its own process (real estate,
 * copyright). Its tasks, history and administration are the review context's ports.
 */
public interface AssetOnboardingProcess {
  /** Starts the asset's onboarding process; the asset id is the business key. */
  String start(Asset asset);
}
