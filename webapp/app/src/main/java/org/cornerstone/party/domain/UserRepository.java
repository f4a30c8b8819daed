package org.cornerstone.party.domain;

import java.util.List;
import java.util.Optional;

/** Where users and organisations are kept. */
public interface UserRepository {
  Optional<UserAccount> find(String username);

  List<UserAccount> findAll();

  Optional<Organisation> findOrganisation(String id);

  Optional<Organisation> findOrganisationOfKind(Organisation.Kind kind);

  /** Every organisation of the kind, by id. */
  java.util.List<Organisation> findOrganisationsOfKind(Organisation.Kind kind);

  void add(Organisation organisation);

  void add(UserAccount user);
}
