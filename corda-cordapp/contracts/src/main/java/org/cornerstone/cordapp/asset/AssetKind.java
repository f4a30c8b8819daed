package org.cornerstone.cordapp.asset;

import net.corda.v5.base.annotations.CordaSerializable;

/** What kind of underlying an {@link AssetState} tokenizes. */
@CordaSerializable
public enum AssetKind {
  REAL_ESTATE,
  COPYRIGHT
}
