package org.cornerstone.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.cornerstone.party.domain.IdentityDocument;
import org.cornerstone.party.domain.InvestorEligibility;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorRepository;

@ApplicationScoped
public class JpaInvestorRepository implements InvestorRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<InvestorProfile> find(String investorId) {
    return Optional.ofNullable(em.find(InvestorProfile.class, investorId));
  }

  @Override
  public Optional<InvestorProfile> findByUsername(String username) {
    return byUsername(username, LockModeType.NONE);
  }

  @Override
  public Optional<InvestorProfile> findByUsernameForUpdate(String username) {
    return byUsername(username, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<InvestorProfile> findForUpdate(String investorId) {
    return Optional.ofNullable(
        em.find(InvestorProfile.class, investorId, LockModeType.PESSIMISTIC_WRITE));
  }

  private Optional<InvestorProfile> byUsername(String username, LockModeType lock) {
    return em.createQuery(
            "select p from InvestorProfile p where p.username = :u", InvestorProfile.class)
        .setParameter("u", username)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<IdentityDocument> findDocument(String investorId, String documentId) {
    return em.createQuery(
            "select d from IdentityDocument d where d.id = :doc and d.investor.id = :investor",
            IdentityDocument.class)
        .setParameter("doc", documentId)
        .setParameter("investor", investorId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<InvestorEligibility> findEligibility(String investorId) {
    return em.createQuery(
            "select e from InvestorEligibility e where e.investorId = :investor",
            InvestorEligibility.class)
        .setParameter("investor", investorId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<InvestorEligibility> findEligibilityByUsername(String username) {
    return em.createQuery(
            "select e from InvestorEligibility e where e.username = :u", InvestorEligibility.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public java.util.List<InvestorEligibility> findEligibilityByLedgerIdentity(String x500Name) {
    return em.createQuery(
            "select e from InvestorEligibility e, UserAccount u where u.username = e.username"
                + " and u.organisation.x500Name = :x500 order by e.approvedAt, e.id",
            InvestorEligibility.class)
        .setParameter("x500", x500Name)
        .getResultList();
  }

  @Override
  public java.util.List<InvestorEligibility> findAllEligibilities() {
    return em.createQuery(
            "select e from InvestorEligibility e order by e.approvedAt, e.id",
            InvestorEligibility.class)
        .getResultList();
  }

  @Override
  public long nextInvestorNumber() {
    return ((Number)
            em.createNativeQuery("select nextval('investor_number_seq')").getSingleResult())
        .longValue();
  }

  @Override
  public void lockUsername(String username) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "user-registration:" + username)
        .getSingleResult();
  }

  @Override
  public void add(InvestorProfile profile) {
    em.persist(profile);
  }

  @Override
  public void add(InvestorEligibility eligibility) {
    em.persist(eligibility);
  }
}
