package org.cornerstone.financing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.financing.domain.PayableCertificate;
import org.cornerstone.financing.domain.PayableCertificateRepository;

/** {@link PayableCertificateRepository} on JPA. */
@ApplicationScoped
public class JpaPayableCertificateRepository implements PayableCertificateRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<PayableCertificate> find(String certificateId) {
    return Optional.ofNullable(em.find(PayableCertificate.class, certificateId));
  }

  @Override
  public Optional<PayableCertificate> findByFingerprint(String invoiceFingerprint) {
    return em.createQuery(
            "select c from PayableCertificate c where c.invoiceFingerprint = :f",
            PayableCertificate.class)
        .setParameter("f", invoiceFingerprint)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PayableCertificate> findAll() {
    return em.createQuery(
            "select c from PayableCertificate c order by c.issuedAt desc, c.id",
            PayableCertificate.class)
        .getResultList();
  }

  @Override
  public void add(PayableCertificate certificate) {
    // its instrument (registered just before in the same transaction) is written first: the
    // certificate's id references it
    em.flush();
    em.persist(certificate);
  }

  @Override
  public Optional<PayableCertificate> lock(String certificateId) {
    return Optional.ofNullable(
        em.find(
            PayableCertificate.class,
            certificateId,
            jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }
}
