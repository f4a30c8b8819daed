package org.cornerstone.corda.client;

/** The TLS trust store cannot be loaded, or Corda's certificate is not trusted. Not retriable. */
public final class CordaTlsException extends CordaClientException {
  private static final long serialVersionUID = 1L;

  /** Arguments: URI, cause. */
  public static final String HANDSHAKE_FAILED =
      "TLS handshake with Corda at %s failed (is CORNERSTONE_CORDA_TRUSTSTORE the cluster's CA?): %s";

  /** Arguments: path, cause. */
  public static final String TRUST_STORE_UNREADABLE = "Cannot load the PKCS12 trust store %s: %s";

  CordaTlsException(String message, Throwable cause) {
    super(message, false, cause);
  }
}
