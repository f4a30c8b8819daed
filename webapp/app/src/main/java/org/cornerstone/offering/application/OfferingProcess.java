package org.cornerstone.offering.application;

import java.time.Instant;

/** The {@code primary-offering} process as the application sees it. Business key = offering id. */
public interface OfferingProcess {
  void start(String offeringId, Instant closesAt);

  /** The issuer closes before the close time. */
  void closeEarly(String offeringId);
}
