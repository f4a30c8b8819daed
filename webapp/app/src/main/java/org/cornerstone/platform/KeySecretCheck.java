package org.cornerstone.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * At every start, a WARN while the secret that encrypts the organisations' ledger keys (setting
 * {@code cornerstone.key-secret}, env {@code CORNERSTONE_KEY_SECRET}) is a published demo value or
 * too short to resist guessing (ADR 0019): with it, anyone holding a copy of the database holds
 * every organisation's signing key.
 */
@ApplicationScoped
public class KeySecretCheck {

  /** The shortest secret accepted without a warning. */
  static final int MIN_LENGTH = 16;

  /** The values published with the code: the built-in default and the compose file's default. */
  static final Set<String> PUBLISHED =
      Set.of(Settings.DEMO_KEY_SECRET, "local-demo-key-secret-change-me");

  static final String PUBLISHED_SECRET =
      "The ledger's key-encryption secret is the published demo value: every organisation's"
          + " signing key is encrypted under a secret anyone can read. Set CORNERSTONE_KEY_SECRET"
          + " (or -Dcornerstone.key-secret) to a long random value and re-encrypt the keys under it"
          + " (RotateKeySecret, ADR 0019).";
  static final String SHORT_SECRET =
      "The ledger's key-encryption secret is shorter than "
          + MIN_LENGTH
          + " characters: set CORNERSTONE_KEY_SECRET to a long random value and re-encrypt the keys"
          + " under it (RotateKeySecret, ADR 0019).";

  private static final Logger LOG = Logger.getLogger(KeySecretCheck.class.getName());

  @Inject Settings settings;

  void onStart(@Observes PlatformStarted started) {
    warning(settings.keySecret()).ifPresent(LOG::warning);
  }

  /** The warning the configured {@code secret} deserves, if any. */
  static Optional<String> warning(String secret) {
    if (secret == null || PUBLISHED.contains(secret)) {
      return Optional.of(PUBLISHED_SECRET);
    }
    if (secret.length() < MIN_LENGTH) {
      return Optional.of(SHORT_SECRET);
    }
    return Optional.empty();
  }
}
