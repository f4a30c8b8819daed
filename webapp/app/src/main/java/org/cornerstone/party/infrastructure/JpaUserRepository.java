package org.cornerstone.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.party.domain.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<UserAccount> find(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username));
  }

  @Override
  public List<UserAccount> findAll() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList();
  }

  @Override
  public Optional<Organisation> findOrganisation(String id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  @Override
  public Optional<Organisation> findOrganisationOfKind(Organisation.Kind kind) {
    return em.createQuery(
            "select o from Organisation o where o.kind = :k order by o.id", Organisation.class)
        .setParameter("k", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public java.util.List<Organisation> findOrganisationsOfKind(Organisation.Kind kind) {
    return em.createQuery(
            "select o from Organisation o where o.kind = :k order by o.id", Organisation.class)
        .setParameter("k", kind)
        .getResultList();
  }

  @Override
  public void add(Organisation organisation) {
    em.persist(organisation);
  }

  @Override
  public void add(UserAccount user) {
    em.persist(user);
  }
}
