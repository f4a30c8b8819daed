package org.cornerstone.ledgergateway.infrastructure;

import java.net.URI;
import java.time.Duration;
import org.cornerstone.corda.client.CordaClient;
import org.cornerstone.corda.client.CordaClientConfig;
import org.cornerstone.corda.client.HoldingIdentityMap;
import org.cornerstone.ledgergateway.PoolSales;
import org.cornerstone.platform.Settings;

/**
 * The app's Corda adapters over a given cluster (a stub of Corda's REST API), outside the
 * container: for the adapters' tests and for the Corda-path suite's requests the app itself cannot
 * be made to send (a repeat of a request key, a leg the seller does not hold).
 */
public final class CordaAdapters {
  private CordaAdapters() {}

  /** {@link CordaFlows} on the cluster at {@code baseUrl}, polling every few milliseconds. */
  static CordaFlows flows(
      URI baseUrl, String user, String password, String holdingIds, Settings settings) {
    return new CordaFlows(
        new CordaClient(
            new CordaClientConfig(
                baseUrl,
                user,
                password,
                null,
                null,
                Duration.ofMillis(5),
                Duration.ofMillis(20),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                HoldingIdentityMap.parse(holdingIds))),
        settings);
  }

  /** {@link CordaPoolSales} on the cluster ({@code holdingIds}: {@code HASH@X500|...}). */
  public static PoolSales poolSales(URI baseUrl, String user, String password, String holdingIds) {
    return new CordaPoolSales(flows(baseUrl, user, password, holdingIds, new Settings()));
  }
}
