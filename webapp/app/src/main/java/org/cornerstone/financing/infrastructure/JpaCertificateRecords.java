package org.cornerstone.financing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.financing.domain.CertificateHop;
import org.cornerstone.financing.domain.CertificateMaturityRecord;
import org.cornerstone.financing.domain.CertificateRecords;
import org.cornerstone.financing.domain.FinancingNotification;
import org.cornerstone.financing.domain.MaturityPayment;

/** {@link CertificateRecords} on JPA. */
@ApplicationScoped
public class JpaCertificateRecords implements CertificateRecords {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<CertificateHop> hopByRequestKey(String requestKey) {
    return em.createQuery(
            "select h from CertificateHop h where h.requestKey = :k", CertificateHop.class)
        .setParameter("k", requestKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CertificateHop> hops(String certificateId) {
    return em.createQuery(
            "select h from CertificateHop h where h.certificateId = :c order by h.recordedAt, h.id",
            CertificateHop.class)
        .setParameter("c", certificateId)
        .getResultList();
  }

  @Override
  public void add(CertificateHop hop) {
    em.persist(hop);
  }

  @Override
  public Optional<CertificateMaturityRecord> maturity(String certificateId) {
    return Optional.ofNullable(em.find(CertificateMaturityRecord.class, certificateId));
  }

  @Override
  public void add(CertificateMaturityRecord maturity) {
    em.persist(maturity);
  }

  @Override
  public List<MaturityPayment> payments(String certificateId) {
    return em.createQuery(
            "select p from MaturityPayment p where p.certificateId = :c order by p.holderOrganisation",
            MaturityPayment.class)
        .setParameter("c", certificateId)
        .getResultList();
  }

  @Override
  public void add(MaturityPayment payment) {
    em.persist(payment);
  }

  @Override
  public void add(FinancingNotification notification) {
    em.persist(notification);
  }

  @Override
  public List<FinancingNotification> notificationsOf(String organisation) {
    return em.createQuery(
            "select n from FinancingNotification n where n.organisation = :o"
                + " order by n.createdAt desc, n.id desc",
            FinancingNotification.class)
        .setParameter("o", organisation)
        .getResultList();
  }
}
