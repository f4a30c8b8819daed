package org.cornerstone.financing.domain;

import java.util.List;
import java.util.Optional;

/** Where receivables in onboarding are kept (tables {@code financing_receivable[_document]}). */
public interface ReceivableRepository {
  /** A new id, {@code RCV-000001}, … */
  String nextId();

  Optional<ReceivableCase> find(String id);

  /** The case, locked for update (process steps). */
  Optional<ReceivableCase> findForUpdate(String id);

  /** The live case (submitted, confirmed or certified) of an invoice, if any. */
  Optional<ReceivableCase> findLiveByFingerprint(String invoiceFingerprint);

  /** A supplier organisation's receivables, the newest first. */
  List<ReceivableCase> bySupplier(String supplierOrganisation);

  /**
   * Stores the case at once (the live-invoice unique index answers here).
   *
   * @throws jakarta.persistence.PersistenceException the invoice is live in another case
   */
  void add(ReceivableCase receivable);

  void addDocument(ReceivableDocument document);

  /** The receivable's documents, in upload order. */
  List<ReceivableDocument> documents(String receivableId);

  Optional<ReceivableDocument> document(String receivableId, String documentId);
}
