package org.cornerstone.registry.controls.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.registry.controls.domain.ActionEvidence;
import org.cornerstone.registry.controls.domain.InstrumentPause;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;
import org.cornerstone.registry.controls.domain.IssuerAgentActionRepository;

/** {@link IssuerAgentActionRepository} on JPA. */
@ApplicationScoped
public class JpaIssuerAgentActionRepository implements IssuerAgentActionRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(IssuerAgentAction action, ActionEvidence evidence) {
    em.persist(action);
    em.flush();
    em.persist(evidence);
  }

  @Override
  public Optional<IssuerAgentAction> find(String actionId) {
    return Optional.ofNullable(em.find(IssuerAgentAction.class, actionId));
  }

  @Override
  public Optional<IssuerAgentAction> findForUpdate(String actionId) {
    return Optional.ofNullable(
        em.find(IssuerAgentAction.class, actionId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<IssuerAgentAction> ofInstrument(String instrumentId) {
    return em.createQuery(
            "select a from IssuerAgentAction a where a.instrumentId = :i"
                + " order by a.requestedAt desc, a.id",
            IssuerAgentAction.class)
        .setParameter("i", instrumentId)
        .getResultList();
  }

  @Override
  public List<IssuerAgentAction> all() {
    return em.createQuery(
            "select a from IssuerAgentAction a order by a.requestedAt desc, a.id",
            IssuerAgentAction.class)
        .setMaxResults(1000)
        .getResultList();
  }

  @Override
  public List<IssuerAgentAction> affecting(String party) {
    return em.createQuery(
            "select a from IssuerAgentAction a where a.holder = :p or a.recipient = :p"
                + " order by a.requestedAt desc, a.id",
            IssuerAgentAction.class)
        .setParameter("p", party)
        .getResultList();
  }

  @Override
  public Optional<ActionEvidence> evidence(String actionId) {
    return em.createQuery(
            "select e from ActionEvidence e where e.actionId = :a", ActionEvidence.class)
        .setParameter("a", actionId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<InstrumentPause> pause(String instrumentId) {
    return Optional.ofNullable(em.find(InstrumentPause.class, instrumentId));
  }

  @Override
  public Optional<InstrumentPause> pauseForUpdate(String instrumentId) {
    return Optional.ofNullable(
        em.find(InstrumentPause.class, instrumentId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void addPause(InstrumentPause pause) {
    em.persist(pause);
  }

  @Override
  public List<String> instrumentIds() {
    return em.createQuery("select i.id from Instrument i order by i.createdAt desc", String.class)
        .getResultList();
  }
}
