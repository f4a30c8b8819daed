package org.cornerstone.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Configuration read from system properties (e.g. {@code -Dcornerstone.max-upload-mb=50}) or,
 * failing that, environment variables ({@code CORNERSTONE_MAX_UPLOAD_MB=50}). Defaults suit a local
 * demo.
 */
@ApplicationScoped
public class Settings {
  public static final String DEMO_KEY_SECRET = "cornerstone-demo-key-secret-change-me";

  /** Largest document accepted, in bytes. */
  public long maxUploadBytes() {
    return Long.parseLong(value("cornerstone.max-upload-mb").orElse("20")) * 1024 * 1024;
  }

  /**
   * Largest request (every file and field of one submission together), in bytes. Keep it below the
   * server's own limit (Undertow's max-post-size, 64 MiB), which cuts the connection instead.
   */
  public long maxRequestBytes() {
    return Long.parseLong(value("cornerstone.max-request-mb").orElse("60")) * 1024 * 1024;
  }

  /** Whether the session cookie is marked Secure: set it when the platform is served over TLS. */
  public boolean secureCookies() {
    return Boolean.parseBoolean(value("cornerstone.secure-cookies").orElse("false"));
  }

  /** Secret from which the key that encrypts the organisations' ledger keys at rest is derived. */
  public String keySecret() {
    return value("cornerstone.key-secret").orElse(DEMO_KEY_SECRET);
  }

  /** {@code embedded} (default) or {@code corda}. */
  public String ledgerMode() {
    return value("cornerstone.ledger").orElse("embedded");
  }

  /**
   * Whether the embedded ledger may start on a database that does not keep what it acknowledges
   * ({@code fsync}, {@code synchronous_commit} or {@code full_page_writes} off): a development
   * flag, default {@code false}. Without it the ledger refuses to start on such a database; with it
   * the ledger starts and logs a warning at every start (ADR 0020).
   */
  public boolean allowNonDurableLedger() {
    return Boolean.parseBoolean(value(ALLOW_NON_DURABLE_LEDGER).orElse("false"));
  }

  /** The property of {@link #allowNonDurableLedger} (env CORNERSTONE_LEDGER_ALLOW_NON_DURABLE). */
  public static final String ALLOW_NON_DURABLE_LEDGER = "cornerstone.ledger.allow-non-durable";

  /**
   * How long each review (compliance, valuation, legal, trustee) may take before it escalates to
   * the senior trustees: an ISO-8601 duration, default two days.
   */
  public String reviewSla() {
    String sla = value("cornerstone.review-sla").orElse("P2D");
    try {
      java.time.Duration.parse(sla);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalStateException(
          "cornerstone.review-sla must be an ISO-8601 duration such as P2D or PT4H: " + sla, e);
    }
    return sla;
  }

  /** Whether to create the demo organisations and users on first start. */
  public boolean seedDemoData() {
    return Boolean.parseBoolean(value("cornerstone.demo-data").orElse("true"));
  }

  /**
   * Any setting by its property name, e.g. {@code cornerstone.corda.url} or env
   * CORNERSTONE_CORDA_URL.
   */
  public Optional<String> get(String property) {
    return value(property);
  }

  static Optional<String> value(String property) {
    String fromProperty = System.getProperty(property);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Optional.of(fromProperty.trim());
    }
    String env = property.toUpperCase().replace('.', '_').replace('-', '_');
    String fromEnv = System.getenv(env);
    return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv.trim());
  }
}
