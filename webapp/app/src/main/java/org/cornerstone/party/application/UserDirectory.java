package org.cornerstone.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.cornerstone.party.domain.Actor;
import org.cornerstone.party.domain.Role;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.shared.AccessDeniedException;

/** Who is on the platform. */
@ApplicationScoped
@Transactional
public class UserDirectory {
  public static final String ONLY_ADMINS = "Only administrators can list users.";

  @Inject UserRepository users;

  public List<UserView> users(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(ONLY_ADMINS);
    }
    return users.findAll().stream()
        .map(
            u ->
                new UserView(
                    u.username(),
                    u.displayName(),
                    u.organisation().name(),
                    u.organisation().x500Name(),
                    u.roles().stream().map(Role::name).sorted().toList(),
                    u.active()))
        .toList();
  }

  /** The X.500 name of the actor's organisation: their identity on the ledger. */
  public Optional<String> ledgerIdentity(Actor actor) {
    return users.findOrganisation(actor.organisation()).map(o -> o.x500Name());
  }
}
