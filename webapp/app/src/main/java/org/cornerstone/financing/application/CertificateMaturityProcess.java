package org.cornerstone.financing.application;

import java.time.Instant;

/** Starts and signals the {@code certificate-maturity} process (business key = certificate id). */
public interface CertificateMaturityProcess {
  /** Starts it unless it already runs or ran for the certificate; in the caller's transaction. */
  void startOnce(String certificateId, Instant maturityAt);

  /** The obligor paid every overdue rest: ends the trustee's follow-up, if it is still open. */
  void overdueSettled(String certificateId);
}
