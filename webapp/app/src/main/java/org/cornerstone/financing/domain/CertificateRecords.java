package org.cornerstone.financing.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where a certificate's hops, maturity and notifications are kept (tables {@code financing_hop},
 * {@code financing_maturity}, {@code financing_maturity_payment}, {@code financing_notification}).
 */
public interface CertificateRecords {
  Optional<CertificateHop> hopByRequestKey(String requestKey);

  /** The certificate's hops in the order they were recorded. */
  List<CertificateHop> hops(String certificateId);

  void add(CertificateHop hop);

  Optional<CertificateMaturityRecord> maturity(String certificateId);

  void add(CertificateMaturityRecord maturity);

  List<MaturityPayment> payments(String certificateId);

  void add(MaturityPayment payment);

  void add(FinancingNotification notification);

  /** The organisation's notifications, the newest first. */
  List<FinancingNotification> notificationsOf(String organisation);
}
