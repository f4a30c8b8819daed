package org.cornerstone.workflows.financing;

/**
 * What the {@code certificate-maturity} process asks of the application (implemented by the web
 * app). Idempotent: a retried job pays and redeems only what was not done before.
 */
public interface CertificateMaturitySteps {
  /**
   * Pays every holder at maturity (all it is due, or its pro-rata share in a shortfall) and redeems
   * the paid tokens; answers whether anything is left overdue.
   */
  boolean payHolders(String certificateId);
}
