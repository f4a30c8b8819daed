package org.cornerstone.corda.client;

import java.util.Objects;

/** The parts of Corda's VirtualNodeInfo this application uses. */
public record VirtualNode(
    String holdingIdentityShortHash,
    String x500Name,
    String groupId,
    String fullHash,
    String cpiName,
    String cpiVersion,
    String flowStartOperationalStatus) {
  public VirtualNode {
    Objects.requireNonNull(holdingIdentityShortHash, "holdingIdentityShortHash");
    Objects.requireNonNull(x500Name, "x500Name");
  }

  /** True when the virtual node accepts new flows ({@code flowStartOperationalStatus} ACTIVE). */
  public boolean canStartFlows() {
    return "ACTIVE".equals(flowStartOperationalStatus);
  }
}
