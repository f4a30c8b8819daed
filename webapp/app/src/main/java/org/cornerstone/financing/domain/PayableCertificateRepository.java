package org.cornerstone.financing.domain;

import java.util.List;
import java.util.Optional;

/** Where the terms of payable certificates are kept (table {@code financing_certificate}). */
public interface PayableCertificateRepository {
  Optional<PayableCertificate> find(String certificateId);

  /** The certificate issued for an invoice, by the invoice's fingerprint. */
  Optional<PayableCertificate> findByFingerprint(String invoiceFingerprint);

  /** Every certificate, the newest first. */
  List<PayableCertificate> findAll();

  void add(PayableCertificate certificate);

  /**
   * The certificate, locked until the transaction ends (hops and maturity of one certificate run
   * one at a time).
   */
  Optional<PayableCertificate> lock(String certificateId);
}
