package org.cornerstone.cordapp.asset;

/** What kind of underlying an {@link AssetState} tokenizes. */
public enum AssetKind {
  REAL_ESTATE,
  COPYRIGHT
}
