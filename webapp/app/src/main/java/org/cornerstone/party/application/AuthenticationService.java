package org.cornerstone.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.cornerstone.party.domain.PasswordHash;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.shared.Actor;

/** Checks a username and password against the stored hash. */
@ApplicationScoped
public class AuthenticationService {
  /** Compared against when the user does not exist, so that both cases take the same time. */
  private static final String DUMMY_HASH = PasswordHash.hash("not-a-password".toCharArray());

  @Inject UserRepository users;

  @Transactional
  public Optional<Actor> authenticate(String username, char[] password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    var user = users.find(username.strip());
    if (user.isEmpty()) {
      PasswordHash.matches(password, DUMMY_HASH);
      return Optional.empty();
    }
    return user.filter(u -> u.passwordMatches(password)).map(u -> u.toActor());
  }

  /**
   * Whether the user may still use the platform: false once an administrator disabled them (or the
   * account is gone), so that a browser session signed in before that ends at its next step.
   */
  @Transactional
  public boolean isActive(String username) {
    return username != null && users.find(username).map(u -> u.active()).orElse(false);
  }
}
