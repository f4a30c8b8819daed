package org.cornerstone.financing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.financing.domain.PvpInstruction;
import org.cornerstone.financing.domain.PvpInstructionRepository;

/** {@link PvpInstructionRepository} on JPA. */
@ApplicationScoped
public class JpaPvpInstructionRepository implements PvpInstructionRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<PvpInstruction> find(String id) {
    return Optional.ofNullable(em.find(PvpInstruction.class, id));
  }

  @Override
  public Optional<PvpInstruction> findForUpdate(String id) {
    return Optional.ofNullable(em.find(PvpInstruction.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<PvpInstruction> findByClientKey(String instructedBy, String clientKey) {
    return em.createQuery(
            "select p from PvpInstruction p where p.instructedBy = :u and p.clientKey = :k",
            PvpInstruction.class)
        .setParameter("u", instructedBy)
        .setParameter("k", clientKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PvpInstruction> ofParty(String organisationId) {
    return em.createQuery(
            "select p from PvpInstruction p where p.partyA = :o or p.partyB = :o"
                + " order by p.instructedAt desc, p.id",
            PvpInstruction.class)
        .setParameter("o", organisationId)
        .getResultList();
  }

  @Override
  public void add(PvpInstruction instruction) {
    em.persist(instruction);
  }
}
