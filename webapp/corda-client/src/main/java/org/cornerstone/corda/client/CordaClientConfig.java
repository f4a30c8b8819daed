package org.cornerstone.corda.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the Corda client.
 *
 * @param baseUrl the REST endpoint, with or without the {@code /api/v5_2} suffix, e.g. {@code
 *     https://corda-rest:8888}
 * @param trustStore a PKCS12 trust store for the cluster's TLS certificate; null uses the JDK's
 *     default trust store
 * @param trustStorePassword the trust store password; null when {@code trustStore} is null
 * @param pollInitialDelay first wait between status polls; it doubles up to {@code pollMaxDelay}
 * @param flowDeadline how long to wait for a flow to reach a final status
 * @param requestTimeout timeout of one HTTP request
 * @param holdingIdentities organisation X.500 name to virtual node short hash
 */
public record CordaClientConfig(
    URI baseUrl,
    String user,
    String password,
    Path trustStore,
    String trustStorePassword,
    Duration pollInitialDelay,
    Duration pollMaxDelay,
    Duration flowDeadline,
    Duration requestTimeout,
    HoldingIdentityMap holdingIdentities) {

  public static final String ENV_URL = "CORNERSTONE_CORDA_URL";
  public static final String ENV_USER = "CORNERSTONE_CORDA_USER";
  public static final String ENV_PASSWORD = "CORNERSTONE_CORDA_PASSWORD";
  public static final String ENV_TRUSTSTORE = "CORNERSTONE_CORDA_TRUSTSTORE";
  public static final String ENV_TRUSTSTORE_PASSWORD = "CORNERSTONE_CORDA_TRUSTSTORE_PASSWORD";
  public static final String ENV_HOLDING_IDS = "CORNERSTONE_CORDA_HOLDING_IDS";
  public static final String ENV_POLL_INITIAL_DELAY = "CORNERSTONE_CORDA_POLL_INITIAL_DELAY";
  public static final String ENV_POLL_MAX_DELAY = "CORNERSTONE_CORDA_POLL_MAX_DELAY";
  public static final String ENV_FLOW_DEADLINE = "CORNERSTONE_CORDA_FLOW_DEADLINE";
  public static final String ENV_REQUEST_TIMEOUT = "CORNERSTONE_CORDA_REQUEST_TIMEOUT";

  public static final Duration DEFAULT_POLL_INITIAL_DELAY = Duration.ofMillis(500);
  public static final Duration DEFAULT_POLL_MAX_DELAY = Duration.ofSeconds(10);
  public static final Duration DEFAULT_FLOW_DEADLINE = Duration.ofMinutes(2);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** The REST path prefix of Corda 5.2. */
  public static final String API_PATH = "/api/v5_2";

  /** Arguments: variable name. */
  public static final String MISSING_VARIABLE =
      "Environment variable %s is required to use the Corda ledger";

  /** Arguments: variable name, value. */
  public static final String INVALID_DURATION =
      "Environment variable %s must be a positive ISO-8601 duration such as PT0.5S, got '%s'";

  /** Arguments: value. */
  public static final String INVALID_URL = "Corda URL '%s' must be an absolute http(s) URL";

  public static final String TRUSTSTORE_PASSWORD_MISSING =
      "A trust store needs its password (" + ENV_TRUSTSTORE_PASSWORD + ")";

  public static final String DELAYS_INCONSISTENT =
      "Poll delays must be positive, and the initial delay must not exceed the maximum delay";

  public CordaClientConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(pollInitialDelay, "pollInitialDelay");
    Objects.requireNonNull(pollMaxDelay, "pollMaxDelay");
    Objects.requireNonNull(flowDeadline, "flowDeadline");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(holdingIdentities, "holdingIdentities");
    String scheme = baseUrl.getScheme();
    if (!baseUrl.isAbsolute()
        || baseUrl.getHost() == null
        || !("http".equals(scheme) || "https".equals(scheme))) {
      throw new IllegalArgumentException(String.format(INVALID_URL, baseUrl));
    }
    if (trustStore != null && trustStorePassword == null) {
      throw new IllegalArgumentException(TRUSTSTORE_PASSWORD_MISSING);
    }
    if (!isPositive(pollInitialDelay)
        || !isPositive(pollMaxDelay)
        || pollInitialDelay.compareTo(pollMaxDelay) > 0
        || !isPositive(flowDeadline)
        || !isPositive(requestTimeout)) {
      throw new IllegalArgumentException(DELAYS_INCONSISTENT);
    }
  }

  /** A configuration with default delays, no trust store and no holding identity mapping. */
  public static CordaClientConfig of(URI baseUrl, String user, String password) {
    return new CordaClientConfig(
        baseUrl,
        user,
        password,
        null,
        null,
        DEFAULT_POLL_INITIAL_DELAY,
        DEFAULT_POLL_MAX_DELAY,
        DEFAULT_FLOW_DEADLINE,
        DEFAULT_REQUEST_TIMEOUT,
        HoldingIdentityMap.empty());
  }

  /**
   * Reads the {@code CORNERSTONE_CORDA_*} variables (pass {@code System.getenv()}). URL, user and
   * password are required; the trust store, the holding identity mapping and the durations are
   * optional.
   */
  public static CordaClientConfig fromEnvironment(Map<String, String> env) {
    String trustStore = optional(env, ENV_TRUSTSTORE);
    String url = required(env, ENV_URL);
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(String.format(INVALID_URL, url), e);
    }
    return new CordaClientConfig(
        uri,
        required(env, ENV_USER),
        required(env, ENV_PASSWORD),
        trustStore == null ? null : Path.of(trustStore),
        trustStore == null ? null : required(env, ENV_TRUSTSTORE_PASSWORD),
        duration(env, ENV_POLL_INITIAL_DELAY, DEFAULT_POLL_INITIAL_DELAY),
        duration(env, ENV_POLL_MAX_DELAY, DEFAULT_POLL_MAX_DELAY),
        duration(env, ENV_FLOW_DEADLINE, DEFAULT_FLOW_DEADLINE),
        duration(env, ENV_REQUEST_TIMEOUT, DEFAULT_REQUEST_TIMEOUT),
        HoldingIdentityMap.parse(optional(env, ENV_HOLDING_IDS)));
  }

  /** The base URI ending in {@code /api/v5_2} (without trailing slash). */
  public URI apiBase() {
    String s = baseUrl.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return URI.create(s.endsWith(API_PATH) ? s : s + API_PATH);
  }

  private static boolean isPositive(Duration d) {
    return !d.isNegative() && !d.isZero();
  }

  private static String optional(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String required(Map<String, String> env, String name) {
    String v = optional(env, name);
    if (v == null) {
      throw new IllegalArgumentException(String.format(MISSING_VARIABLE, name));
    }
    return v;
  }

  private static Duration duration(Map<String, String> env, String name, Duration fallback) {
    String v = optional(env, name);
    if (v == null) {
      return fallback;
    }
    try {
      Duration d = Duration.parse(v);
      if (isPositive(d)) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new IllegalArgumentException(String.format(INVALID_DURATION, name, v));
  }

  /** Never prints the passwords. */
  @Override
  public String toString() {
    return "CordaClientConfig[baseUrl="
        + baseUrl
        + ", user="
        + user
        + ", password=***, trustStore="
        + (trustStore == null ? "JDK default" : trustStore)
        + ", pollInitialDelay="
        + pollInitialDelay
        + ", pollMaxDelay="
        + pollMaxDelay
        + ", flowDeadline="
        + flowDeadline
        + ", requestTimeout="
        + requestTimeout
        + ", holdingIdentities="
        + holdingIdentities
        + "]";
  }
}
