package org.cornerstone.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.registry.domain.Instrument;
import org.cornerstone.registry.domain.InstrumentRepository;
import org.cornerstone.registry.domain.RuleSetChange;
import org.cornerstone.registry.domain.RuleSetVersion;

/**
 * {@link InstrumentRepository} on JPA (tables {@code instrument}, {@code transfer_rule_version},
 * {@code transfer_rule_change}).
 */
@ApplicationScoped
public class JpaInstrumentRepository implements InstrumentRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Instrument> find(String instrumentId) {
    return Optional.ofNullable(em.find(Instrument.class, instrumentId));
  }

  @Override
  public Optional<Instrument> findForUpdate(String instrumentId) {
    return Optional.ofNullable(
        em.find(Instrument.class, instrumentId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Instrument> findAll() {
    return em.createQuery("select i from Instrument i order by i.id", Instrument.class)
        .getResultList();
  }

  @Override
  public void add(Instrument instrument) {
    em.persist(instrument);
  }

  @Override
  public List<RuleSetVersion> ruleSetVersions(String instrumentId) {
    return em.createQuery(
            "select v from RuleSetVersion v where v.instrumentId = :id order by v.version desc",
            RuleSetVersion.class)
        .setParameter("id", instrumentId)
        .getResultList();
  }

  @Override
  public void add(RuleSetVersion version) {
    em.persist(version);
  }

  @Override
  public Optional<RuleSetChange> findChange(String changeId) {
    return Optional.ofNullable(em.find(RuleSetChange.class, changeId));
  }

  @Override
  public List<RuleSetChange> changesOf(String instrumentId) {
    return em.createQuery(
            "select c from RuleSetChange c where c.instrumentId = :id order by c.proposedAt desc",
            RuleSetChange.class)
        .setParameter("id", instrumentId)
        .getResultList();
  }

  @Override
  public void add(RuleSetChange change) {
    em.persist(change);
  }
}
