package org.cornerstone.cash.domain;

import java.util.List;
import java.util.Optional;

/** The deposits and withdrawals. */
public interface CashRequestRepository {
  Optional<CashRequest> find(String id);

  /** With a row lock until the end of the transaction. */
  Optional<CashRequest> findForUpdate(String id);

  /**
   * Serializes requests of one user with one idempotency key until the end of the transaction, so
   * that a double submit finds the first request instead of racing it.
   */
  void lockClientKey(String requestedBy, String clientKey);

  /** The request a user made with this idempotency key, if any. */
  Optional<CashRequest> findByClientKey(String requestedBy, String clientKey);

  /** The holder's requests, newest first. */
  List<CashRequest> ofHolder(String holder);

  /** A new id: {@code DEP-000001} or {@code WDR-000001}. */
  String nextId(CashRequest.Kind kind);

  void add(CashRequest request);
}
