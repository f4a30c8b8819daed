package org.cornerstone.securitization.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the payment dates of deals are kept. */
public interface PaymentDateStore {
  Optional<StoredPaymentDate> find(String id);

  /** The payment date, locked for the rest of the transaction. */
  Optional<StoredPaymentDate> findForUpdate(String id);

  /** The deal's payment dates, period 1 first. */
  List<StoredPaymentDate> ofDeal(String dealId);

  /** Inserts the payment date, or replaces a rejected one of the same id. */
  void save(StoredPaymentDate paymentDate);

  /**
   * Halts ({@code paused}) or resumes transfers of an instrument with the registrar's pause (the
   * issuer-agent control of issue 11), recorded as an executed PAUSE or RESUME action {@code
   * actionId} requested by {@code by} with {@code reason}. Idempotent by {@code actionId}.
   */
  void pause(
      String instrumentId, boolean paused, String by, String reason, String actionId, Instant at);

  /** Whether the registrar has paused the instrument. */
  boolean paused(String instrumentId);
}
