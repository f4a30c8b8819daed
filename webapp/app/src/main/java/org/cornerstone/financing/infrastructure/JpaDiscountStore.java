package org.cornerstone.financing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.financing.domain.DiscountLimit;
import org.cornerstone.financing.domain.DiscountRequest;
import org.cornerstone.financing.domain.DiscountStore;

/**
 * {@link DiscountStore} on JPA (tables {@code financing_discount}, {@code
 * financing_discount_limit}).
 */
@ApplicationScoped
public class JpaDiscountStore implements DiscountStore {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<DiscountRequest> find(String requestId) {
    return Optional.ofNullable(em.find(DiscountRequest.class, requestId));
  }

  @Override
  public Optional<DiscountRequest> lock(String requestId) {
    return Optional.ofNullable(
        em.find(DiscountRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(DiscountRequest request) {
    em.persist(request);
  }

  @Override
  public List<DiscountRequest> byHolder(String holderOrganisation) {
    return em.createQuery(
            "select d from DiscountRequest d where d.holderOrganisation = :o"
                + " order by d.requestedAt desc, d.id",
            DiscountRequest.class)
        .setParameter("o", holderOrganisation)
        .getResultList();
  }

  @Override
  public List<DiscountRequest> byFinancier(String financierOrganisation) {
    return em.createQuery(
            "select d from DiscountRequest d where d.financierOrganisation = :o"
                + " order by d.requestedAt desc, d.id",
            DiscountRequest.class)
        .setParameter("o", financierOrganisation)
        .getResultList();
  }

  @Override
  public List<DiscountRequest> acceptedUnsettled(String financier, String obligor) {
    return em.createQuery(
            "select d from DiscountRequest d where d.financierOrganisation = :f"
                + " and d.obligorOrganisation = :o and d.status = :s",
            DiscountRequest.class)
        .setParameter("f", financier)
        .setParameter("o", obligor)
        .setParameter("s", DiscountRequest.Status.ACCEPTED)
        .getResultList();
  }

  @Override
  public Optional<DiscountLimit> limit(String financier, String obligor, String currency) {
    return Optional.ofNullable(
        em.find(DiscountLimit.class, DiscountLimit.idOf(financier, obligor, currency)));
  }

  @Override
  public Optional<DiscountLimit> lockLimit(String financier, String obligor, String currency) {
    return Optional.ofNullable(
        em.find(
            DiscountLimit.class,
            DiscountLimit.idOf(financier, obligor, currency),
            LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<DiscountLimit> limitsOf(String financierOrganisation) {
    return em.createQuery(
            "select l from DiscountLimit l where l.financierOrganisation = :f"
                + " order by l.obligorOrganisation, l.currency",
            DiscountLimit.class)
        .setParameter("f", financierOrganisation)
        .getResultList();
  }

  @Override
  public void add(DiscountLimit limit) {
    em.persist(limit);
  }
}
