package org.cornerstone.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.party.domain.AdminAuditEntry;
import org.cornerstone.party.domain.AdministrationRepository;
import org.cornerstone.party.domain.Organisation;

@ApplicationScoped
public class JpaAdministrationRepository implements AdministrationRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public List<Organisation> organisations() {
    return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
        .getResultList();
  }

  @Override
  public Optional<Organisation> findOrganisationByX500Name(String x500Name) {
    return em.createQuery("select o from Organisation o where o.x500Name = :x", Organisation.class)
        .setParameter("x", x500Name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void record(AdminAuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AdminAuditEntry> auditTrail(int limit) {
    return em.createQuery(
            "select a from AdminAuditEntry a order by a.at desc, a.id", AdminAuditEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
