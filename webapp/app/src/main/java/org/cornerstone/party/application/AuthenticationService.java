package org.cornerstone.party.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.party.domain.PasswordHash;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.shared.Actor;

/**
 * Checks a username and password against the stored hash with the container's Jakarta Security
 * {@link Pbkdf2PasswordHash} (the identity store {@code UserIdentityStore} calls this; ADR 0013). A
 * hash still in the pre-V16 encoding is verified as before and re-encoded on that successful
 * sign-in. A successful verification is remembered for a few minutes ({@link VerifiedPasswords}),
 * so that HTTP Basic on every API request does not cost a PBKDF2 computation each time.
 */
@ApplicationScoped
public class AuthenticationService {
  /** Compared against when the user does not exist, so that both cases take the same time. */
  private static final String DUMMY_HASH = PasswordHash.hash("not-a-password".toCharArray());

  @Inject UserRepository users;
  @Inject Pbkdf2PasswordHash passwords;
  @Inject Clock clock;

  /** Verifications remembered for a few minutes (HTTP Basic on every API request). */
  private VerifiedPasswords verified;

  @PostConstruct
  void configure() {
    passwords.initialize(parameters());
    verified = new VerifiedPasswords(clock);
  }

  /** The parameters of the container's hash that match what {@link PasswordHash} stores. */
  public static Map<String, String> parameters() {
    return Map.of(
        "Pbkdf2PasswordHash.Algorithm", PasswordHash.ALGORITHM,
        "Pbkdf2PasswordHash.Iterations", String.valueOf(PasswordHash.DEFAULT_ITERATIONS),
        "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(PasswordHash.SALT_BYTES),
        "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(PasswordHash.KEY_BYTES));
  }

  @Transactional
  public Optional<Actor> authenticate(String username, char[] password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    var user = users.find(username.strip());
    if (user.isEmpty()) {
      verify(password, DUMMY_HASH);
      return Optional.empty();
    }
    UserAccount account = user.get();
    String name = account.username();
    boolean remembered = verified.remembered(name, password, account.passwordHash());
    if (!remembered && !verify(password, account.passwordHash()) || !account.active()) {
      return Optional.empty();
    }
    if (!remembered) {
      account.reencodeLegacyPasswordHash();
      verified.remember(name, password, account.passwordHash());
    }
    return Optional.of(account.toActor());
  }

  private boolean verify(char[] password, String stored) {
    if (PasswordHash.isLegacy(stored)) {
      return PasswordHash.matches(password, stored);
    }
    try {
      return passwords.verify(password, stored);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /**
   * Whether the user may still use the platform: false once an administrator disabled them (or the
   * account is gone), so that a browser session signed in before that ends at its next step.
   */
  @Transactional
  public boolean isActive(String username) {
    return username != null && users.find(username).map(u -> u.active()).orElse(false);
  }

  /** The actor of an active user, as stored now (roles included); empty if disabled or gone. */
  @Transactional
  public Optional<Actor> activeActor(String username) {
    return username == null
        ? Optional.empty()
        : users.find(username).filter(UserAccount::active).map(UserAccount::toActor);
  }
}
