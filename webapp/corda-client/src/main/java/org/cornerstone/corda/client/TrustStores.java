package org.cornerstone.corda.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The TLS context the client trusts the cluster's REST endpoint with. */
final class TrustStores {
  private TrustStores() {}

  /**
   * The JDK's default trust when no trust store is configured, else one that trusts exactly the
   * certificates of the configured PKCS12 store.
   *
   * @throws CordaTlsException when the store cannot be read
   */
  static SSLContext sslContext(CordaClientConfig config) {
    try {
      if (config.trustStore() == null) {
        return SSLContext.getDefault();
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(config.trustStore())) {
        store.load(in, config.trustStorePassword().toCharArray());
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new CordaTlsException(
          String.format(CordaTlsException.TRUST_STORE_UNREADABLE, config.trustStore(), e), e);
    }
  }
}
