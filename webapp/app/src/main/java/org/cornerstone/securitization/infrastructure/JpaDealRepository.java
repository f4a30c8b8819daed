package org.cornerstone.securitization.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.DealRepository;
import org.cornerstone.securitization.domain.PoolAsset;

/** {@link DealRepository} on JPA. */
@ApplicationScoped
public class JpaDealRepository implements DealRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Deal> find(String id) {
    return Optional.ofNullable(em.find(Deal.class, id));
  }

  @Override
  public Optional<Deal> findForUpdate(String id) {
    return Optional.ofNullable(em.find(Deal.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Deal> findByClientKey(String createdBy, String clientKey) {
    return em.createQuery(
            "select d from Deal d where d.createdBy = :u and d.clientKey = :k", Deal.class)
        .setParameter("u", createdBy)
        .setParameter("k", clientKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Deal> all() {
    return em.createQuery("select d from Deal d order by d.createdAt desc, d.id", Deal.class)
        .getResultList();
  }

  @Override
  public boolean exists(String id) {
    return em.find(Deal.class, id) != null;
  }

  @Override
  public void add(Deal deal) {
    em.persist(deal);
  }

  @Override
  public List<PoolAsset> pool(String dealId) {
    return em.createQuery(
            "select p from PoolAsset p where p.dealId = :d order by p.addedAt, p.instrumentId",
            PoolAsset.class)
        .setParameter("d", dealId)
        .getResultList();
  }

  @Override
  public void add(PoolAsset asset) {
    em.persist(asset);
    em.flush();
  }

  @Override
  public void remove(PoolAsset asset) {
    em.remove(asset);
  }
}
