package org.cornerstone.offering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.offering.domain.Offering;
import org.cornerstone.offering.domain.OfferingRepository;
import org.cornerstone.offering.domain.Subscription;

/** {@link OfferingRepository} on JPA (tables {@code offering}, {@code offering_subscription}). */
@ApplicationScoped
public class JpaOfferingRepository implements OfferingRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public String nextOfferingId() {
    Number next =
        (Number) em.createNativeQuery("select nextval('offering_number_seq')").getSingleResult();
    return String.format("OF-%06d", next.longValue());
  }

  @Override
  public long nextSubscriptionId() {
    return ((Number)
            em.createNativeQuery("select nextval('subscription_id_seq')").getSingleResult())
        .longValue();
  }

  @Override
  public void add(Offering offering) {
    em.persist(offering);
  }

  @Override
  public Optional<Offering> find(String offeringId) {
    return Optional.ofNullable(em.find(Offering.class, offeringId));
  }

  @Override
  public Optional<Offering> lock(String offeringId) {
    return Optional.ofNullable(em.find(Offering.class, offeringId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Offering> all() {
    return em.createQuery(
            "select o from Offering o order by o.createdAt desc, o.id desc", Offering.class)
        .getResultList();
  }

  @Override
  public List<Offering> ofInstrument(String instrumentId) {
    return em.createQuery(
            "select o from Offering o where o.instrumentId = :instrument", Offering.class)
        .setParameter("instrument", instrumentId)
        .getResultList();
  }

  @Override
  public void add(Subscription subscription) {
    em.persist(subscription);
  }

  @Override
  public List<Subscription> subscriptions(String offeringId) {
    return em.createQuery(
            "select s from Subscription s where s.offeringId = :offering"
                + " order by s.subscribedAt, s.id",
            Subscription.class)
        .setParameter("offering", offeringId)
        .getResultList();
  }

  @Override
  public Optional<Subscription> subscription(String offeringId, String investorUser, String key) {
    return em.createQuery(
            "select s from Subscription s where s.offeringId = :offering"
                + " and s.investorUser = :investor and s.subscriptionKey = :key",
            Subscription.class)
        .setParameter("offering", offeringId)
        .setParameter("investor", investorUser)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Subscription> allocation(String offeringId, int allocationNumber) {
    return em.createQuery(
            "select s from Subscription s where s.offeringId = :offering"
                + " and s.allocationNumber = :number",
            Subscription.class)
        .setParameter("offering", offeringId)
        .setParameter("number", allocationNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Subscription> subscriptionsOf(String investorUser) {
    return em.createQuery(
            "select s from Subscription s where s.investorUser = :investor"
                + " order by s.subscribedAt desc, s.id desc",
            Subscription.class)
        .setParameter("investor", investorUser)
        .getResultList();
  }
}
