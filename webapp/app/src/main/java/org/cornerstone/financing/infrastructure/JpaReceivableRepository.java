package org.cornerstone.financing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.financing.domain.ReceivableCase;
import org.cornerstone.financing.domain.ReceivableDocument;
import org.cornerstone.financing.domain.ReceivableRepository;
import org.cornerstone.financing.domain.ReceivableStatus;

/** {@link ReceivableRepository} on JPA. */
@ApplicationScoped
public class JpaReceivableRepository implements ReceivableRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public String nextId() {
    long number =
        ((Number)
                em.createNativeQuery("select nextval('financing_receivable_number_seq')")
                    .getSingleResult())
            .longValue();
    return String.format("RCV-%06d", number);
  }

  @Override
  public Optional<ReceivableCase> find(String id) {
    return Optional.ofNullable(em.find(ReceivableCase.class, id));
  }

  @Override
  public Optional<ReceivableCase> findForUpdate(String id) {
    return Optional.ofNullable(em.find(ReceivableCase.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<ReceivableCase> findLiveByFingerprint(String invoiceFingerprint) {
    // Submissions of one invoice take turns (until their commit), so that the second sees the
    // first; the partial unique index financing_receivable_live_invoice is the backstop.
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "receivable:" + invoiceFingerprint)
        .getSingleResult();
    return em.createQuery(
            "select r from ReceivableCase r where r.invoiceFingerprint = :f and r.status in :live",
            ReceivableCase.class)
        .setParameter("f", invoiceFingerprint)
        .setParameter(
            "live",
            List.of(
                ReceivableStatus.SUBMITTED, ReceivableStatus.CONFIRMED, ReceivableStatus.CERTIFIED))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ReceivableCase> bySupplier(String supplierOrganisation) {
    return em.createQuery(
            "select r from ReceivableCase r where r.supplierOrganisation = :s"
                + " order by r.submittedAt desc, r.id desc",
            ReceivableCase.class)
        .setParameter("s", supplierOrganisation)
        .getResultList();
  }

  @Override
  public void add(ReceivableCase receivable) {
    em.persist(receivable);
    em.flush(); // the live-invoice unique index answers now, not at commit
  }

  @Override
  public void addDocument(ReceivableDocument document) {
    em.persist(document);
  }

  @Override
  public List<ReceivableDocument> documents(String receivableId) {
    return em.createQuery(
            "select d from ReceivableDocument d where d.receivableId = :r"
                + " order by d.uploadedAt, d.id",
            ReceivableDocument.class)
        .setParameter("r", receivableId)
        .getResultList();
  }

  @Override
  public Optional<ReceivableDocument> document(String receivableId, String documentId) {
    return Optional.ofNullable(em.find(ReceivableDocument.class, documentId))
        .filter(d -> d.receivableId().equals(receivableId));
  }
}
