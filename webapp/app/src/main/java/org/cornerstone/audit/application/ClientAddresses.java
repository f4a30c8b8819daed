package org.cornerstone.audit.application;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client that made a request. The connection's remote address, unless that is a
 * trusted proxy ({@code cornerstone.trusted-proxies}, comma-separated addresses): then the
 * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy. A header sent
 * by anyone else is ignored, since any client can write one.
 */
public final class ClientAddresses {
  private final Set<String> trustedProxies;

  public ClientAddresses(Set<String> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  /** Parses the setting's value (null or blank: no proxy is trusted). */
  public static ClientAddresses of(String trustedProxies) {
    if (trustedProxies == null || trustedProxies.isBlank()) {
      return new ClientAddresses(Set.of());
    }
    return new ClientAddresses(
        Arrays.stream(trustedProxies.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet()));
  }

  public String resolve(String remoteAddress, String forwardedFor) {
    if (remoteAddress == null || !trustedProxies.contains(remoteAddress)) {
      return remoteAddress;
    }
    if (forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    List<String> hops =
        Arrays.stream(forwardedFor.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trustedProxies.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? remoteAddress : hops.get(0);
  }
}
