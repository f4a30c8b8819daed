package org.cornerstone.cash.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.cash.domain.CashRequest;
import org.cornerstone.cash.domain.CashRequestRepository;

/** {@link CashRequestRepository} on JPA (table {@code cash_request}). */
@ApplicationScoped
public class JpaCashRequestRepository implements CashRequestRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<CashRequest> find(String id) {
    return Optional.ofNullable(em.find(CashRequest.class, id));
  }

  @Override
  public Optional<CashRequest> findForUpdate(String id) {
    return Optional.ofNullable(em.find(CashRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void lockClientKey(String requestedBy, String clientKey) {
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
        .setParameter(1, "cash-request:" + requestedBy + ":" + clientKey)
        .getSingleResult();
  }

  @Override
  public Optional<CashRequest> findByClientKey(String requestedBy, String clientKey) {
    return em.createQuery(
            "select r from CashRequest r where r.requestedBy = :u and r.clientKey = :k",
            CashRequest.class)
        .setParameter("u", requestedBy)
        .setParameter("k", clientKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CashRequest> ofHolder(String holder) {
    return em.createQuery(
            "select r from CashRequest r where r.holder = :h order by r.requestedAt desc, r.id desc",
            CashRequest.class)
        .setParameter("h", holder)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public String nextId(CashRequest.Kind kind) {
    long n =
        ((Number) em.createNativeQuery("select nextval('cash_request_seq')").getSingleResult())
            .longValue();
    return String.format("%s-%06d", kind == CashRequest.Kind.DEPOSIT ? "DEP" : "WDR", n);
  }

  @Override
  public void add(CashRequest request) {
    em.persist(request);
    em.flush();
  }
}
